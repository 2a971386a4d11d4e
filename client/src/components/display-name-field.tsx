import type { FieldBinding } from "../hooks/use-form-draft.ts";
import { useT } from "../hooks/use-intl.ts";
import { TextField } from "./form-field.tsx";

/** A person's own name, as apps and the people of a portal see it. */
export function DisplayNameField({ hint, ...binding }: FieldBinding & { hint?: string }) {
  const t = useT();
  return <TextField label={t("common.name")} autoComplete="name" required hint={hint} {...binding} />;
}
