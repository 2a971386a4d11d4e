import type { ReactNode } from "react";
import type { FieldBinding } from "../hooks/use-form-draft.ts";
import { useT } from "../hooks/use-intl.ts";
import { TextField } from "./form-field.tsx";

interface EmailFieldProps extends FieldBinding {
  /** "username" where it is the person's own sign-in name; "off" where it is someone else's. */
  autoComplete: "username" | "off";
  hint?: ReactNode;
}

/** An email address: the keyboard for it on phones, no spelling marks, and the browser's own check switched off. */
export function EmailField(props: EmailFieldProps) {
  const t = useT();
  return (
    <TextField
      label={t("common.email")}
      type="email"
      inputMode="email"
      spellCheck={false}
      required
      {...props}
    />
  );
}
