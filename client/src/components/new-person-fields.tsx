import type { FieldBinding } from "../hooks/use-form-draft.ts";
import { useT } from "../hooks/use-intl.ts";
import { DisplayNameField } from "./display-name-field.tsx";
import { NewPasswordField } from "./new-password-field.tsx";

interface NewPersonFieldsProps {
  name: FieldBinding;
  password: FieldBinding;
  /** The email the password must not contain (docs/security.md#passwords). */
  email: string;
  nameHint?: string;
}

/** Someone new names themselves and chooses a password: the portal's first owner, or an invited person. */
export function NewPersonFields({ name, password, email, nameHint }: NewPersonFieldsProps) {
  const t = useT();
  return (
    <>
      <DisplayNameField hint={nameHint} {...name} />
      <NewPasswordField label={t("common.password")} email={email} {...password} />
    </>
  );
}
