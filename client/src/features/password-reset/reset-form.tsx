import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { confirmPasswordReset } from "../../api/password-reset.ts";
import { Alert } from "../../components/alert.tsx";
import { NewPasswordField, passwordPolicyMessage } from "../../components/new-password-field.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useFormDraft } from "../../hooks/use-form-draft.ts";

const FIELDS = ["new_password"] as const;

function resetFailure(error: ApiError): string | null {
  if (error.status === 410 || error.status === 400) return null;
  if (error.status === 429) return "Too many attempts. Wait a few minutes and try again.";
  return error.description ?? "Your password could not be changed. Try again.";
}

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
  const form = useFormDraft(FIELDS, { new_password: "" });
  const confirm = useAction(
    async (new_password: string) => {
      await confirmPasswordReset({ token, new_password });
      onDone();
    },
    {
      failure: resetFailure,
      onFailure: (error) => {
        if (error.status === 410) onExpired();
        if (error.status === 400)
          form.showErrors({ new_password: error.description ?? "This password cannot be used" });
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.reset();
    const { new_password } = form.draft.values;
    const problem = passwordPolicyMessage(new_password, "");
    if (problem === null) void confirm.run(new_password);
    else form.showErrors({ new_password: problem });
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <NewPasswordField
        label="New password"
        name="new_password"
        email=""
        value={form.draft.values.new_password}
        error={form.draft.errors.new_password}
        inputRef={form.register("new_password")}
        onValueChange={form.typed("new_password")}
      />
      {confirm.failure ? <Alert>{confirm.failure}</Alert> : null}
      <button
        type="submit"
        className="button button-primary button-block"
        aria-disabled={confirm.pending || undefined}
      >
        Set new password
      </button>
    </form>
  );
}
