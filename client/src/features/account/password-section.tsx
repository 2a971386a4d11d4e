import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { type FormEvent, useId, useState } from "react";
import { changePassword } from "../../api/account.ts";
import type { ApiError } from "../../api/http.ts";
import { Alert } from "../../components/alert.tsx";
import { NewPasswordField } from "../../components/new-password-field.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { SuccessNotice } from "../../components/success-notice.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { type FormErrors, useFormDraft } from "../../hooks/use-form-draft.ts";

const FIELDS = ["current_password", "new_password"] as const;

function passwordFailure(error: ApiError): string | null {
  // 401 and 400 are about one field each: the message stands beside it instead.
  if (error.status === 401 || error.status === 400) return null;
  if (error.status === 429) return "Too many attempts. Wait a few minutes and try again.";
  return error.description ?? "Your password could not be changed. Try again.";
}

/** "Password": the current one proves it is you; the new one follows the shared rules as it is typed. */
export function PasswordSection({ email, onChanged }: { email: string; onChanged: () => void }) {
  const headingId = useId();
  const form = useFormDraft(FIELDS, { current_password: "", new_password: "" });
  const [notice, setNotice] = useState<string | null>(null);
  const change = useAction(
    async (body: { current_password: string; new_password: string }) => {
      await changePassword(body);
      form.dispatch({ type: "cleared", fields: FIELDS });
      setNotice("Your password was changed. Every other browser signed in to your account was signed out.");
      onChanged();
    },
    {
      failure: passwordFailure,
      onFailure: (error) => {
        if (error.status === 401)
          form.showErrors({ current_password: "Your current password is not correct" });
        if (error.status === 400)
          form.showErrors({ new_password: error.description ?? "This password cannot be used" });
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    change.reset();
    const { current_password, new_password } = form.draft.values;
    const errors: FormErrors<(typeof FIELDS)[number]> = {};
    if (current_password === "") errors.current_password = "Enter your current password";
    const checked = newPasswordSchema(email).safeParse(new_password);
    if (!checked.success) errors.new_password = checked.error.issues[0]?.message ?? "Choose another password";
    if (Object.keys(errors).length > 0) form.showErrors(errors);
    else void change.run({ current_password, new_password });
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Password</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <PasswordField
          label="Current password"
          name="current_password"
          autoComplete="current-password"
          required
          value={form.draft.values.current_password}
          error={form.draft.errors.current_password}
          inputRef={form.register("current_password")}
          onValueChange={form.typed("current_password")}
        />
        <NewPasswordField
          label="New password"
          name="new_password"
          email={email}
          value={form.draft.values.new_password}
          error={form.draft.errors.new_password}
          inputRef={form.register("new_password")}
          onValueChange={form.typed("new_password")}
        />
        {change.failure ? <Alert>{change.failure}</Alert> : null}
        <SuccessNotice message={notice} />
        <div>
          <button type="submit" className="button button-primary" aria-disabled={change.pending || undefined}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
