import { recoveryCodeSchema, totpCodeSchema } from "@gatehouse/shared/schemas/second-factors";
import { z } from "zod";
import type { Translate } from "../../hooks/use-intl.ts";
import type { CodeKind } from "./code-field.tsx";

/** The shared schema's check, its refusal said in the page's language: the shared message is English. */
function saying<T>(schema: z.ZodType<T, string>, message: string): z.ZodType<T, string> {
  return z.string().transform((value, context) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** A typed code as the server reads it (docs/api.md#second-factors), or the page's words for what is wrong. */
export function codeSchema(kind: CodeKind, t: Translate) {
  return kind === "totp"
    ? saying(totpCodeSchema, t("signIn.code.invalid"))
    : saying(recoveryCodeSchema, t("signIn.recovery.invalid"));
}
