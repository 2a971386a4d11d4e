import type { FieldBinding } from "../hooks/use-form-draft.ts";
import { TextField } from "./form-field.tsx";

/** A person's own name, as apps and the people of a portal see it. */
export function DisplayNameField({ hint, ...binding }: FieldBinding & { hint?: string }) {
  return <TextField label="Name" autoComplete="name" required hint={hint} {...binding} />;
}
