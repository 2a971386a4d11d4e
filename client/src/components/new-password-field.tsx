import { PASSWORD_MIN_LENGTH } from "@gatehouse/shared/passwords";
import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { issueText } from "../hooks/issue-messages.ts";
import type { FieldBinding } from "../hooks/use-form-draft.ts";
import { type Translate, useT } from "../hooks/use-intl.ts";
import { PasswordField } from "./password-field.tsx";

/** Why `password` would be refused for the person with `email`, in the page's language; null when it would not. */
export function passwordPolicyMessage(t: Translate, password: string, email: string): string | null {
  const parsed = newPasswordSchema(email).safeParse(password);
  const issue = parsed.error?.issues[0];
  return issue === undefined ? null : issueText(t, "password", issue);
}

interface NewPasswordFieldProps extends FieldBinding {
  label: string;
  /** The email the password must not contain; empty when the page cannot know it (the server checks again). */
  email: string;
}

/**
 * A new password, with the shared rule run as it is typed (docs/security.md#passwords): the person reads why a
 * password would be refused before sending it. The verdict sits in a polite live region, so a screen reader hears
 * it when it changes, not at every key.
 */
export function NewPasswordField({ label, email, ...field }: NewPasswordFieldProps) {
  const t = useT();
  const { value, error } = field;
  const problem = value === "" ? null : passwordPolicyMessage(t, value, email);
  return (
    <PasswordField
      label={label}
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      {...field}
    >
      {({ hintId }) => (
        <div id={hintId}>
          <p className="field-hint">{t("password.rules", { min: PASSWORD_MIN_LENGTH })}</p>
          <p className={problem ? "field-error" : "field-ok"} role="status">
            {/* Once Submit has said it beside the field, saying it twice helps nobody. */}
            {problem === null ? (value === "" ? "" : t("password.usable")) : problem === error ? "" : problem}
          </p>
        </div>
      )}
    </PasswordField>
  );
}
