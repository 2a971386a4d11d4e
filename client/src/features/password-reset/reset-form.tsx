import type { FormEvent } from "react";
import { confirmPasswordReset } from "../../api/password-reset.ts";
import { FormFooter } from "../../components/form-footer.tsx";
import { NewPasswordField, passwordPolicyMessage } from "../../components/new-password-field.tsx";
import { failureText } from "../../hooks/action-failures.ts";
import { weakPasswordText } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";

const FIELDS = ["new_password"] as const;

interface ResetFormProps {
  token: string;
  onDone: () => void;
  onExpired: () => void;
}

/**
 * A new password for the account the link was made for. The page does not know its email, so the rule about
 * the email is the server's alone: its answer stands beside the field like the form's own.
 */
export function ResetForm({ token, onDone, onExpired }: ResetFormProps) {
  const t = useT();
  const form = useFormDraft(FIELDS, { new_password: "" });
  const confirm = useAction(
    async (new_password: string) => {
      await confirmPasswordReset({ token, new_password });
      onDone();
    },
    {
      failure: failureText(t, t("account.password.failed"), [410, 400]),
      onFailure: (error) => {
        if (error.status === 410) onExpired();
        if (error.status === 400) form.showErrors({ new_password: weakPasswordText(t, error) });
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.reset();
    const { new_password } = form.draft.values;
    const problem = passwordPolicyMessage(t, new_password, "");
    if (problem === null) void confirm.run(new_password);
    else form.showErrors({ new_password: problem });
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <NewPasswordField label={t("account.password.new")} email="" {...form.field("new_password")} />
      <FormFooter action={confirm} label={t("people.reset.submit")} block />
    </form>
  );
}
