import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { type FormEvent, useId, useState } from "react";
import { changePassword } from "../../api/account.ts";
import { FormFooter } from "../../components/form-footer.tsx";
import { NewPasswordField } from "../../components/new-password-field.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { failureText } from "../../hooks/action-failures.ts";
import { issueText, weakPasswordText } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { type FormErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";

const FIELDS = ["current_password", "new_password"] as const;

/** "Password": the current one proves it is you; the new one follows the shared rules as it is typed. */
export function PasswordSection({ email, onChanged }: { email: string; onChanged: () => void }) {
  const t = useT();
  const headingId = useId();
  const form = useFormDraft(FIELDS, { current_password: "", new_password: "" });
  const [notice, setNotice] = useState<string | null>(null);
  const change = useAction(
    async (body: { current_password: string; new_password: string }) => {
      await changePassword(body);
      form.dispatch({ type: "cleared", fields: FIELDS });
      setNotice(t("account.password.changed"));
      onChanged();
    },
    {
      // 401 and 400 are about one field each: the message stands beside it instead.
      failure: failureText(t, t("account.password.failed"), [401, 400]),
      onFailure: (error) => {
        if (error.status === 401) form.showErrors({ current_password: t("account.password.currentWrong") });
        if (error.status === 400) form.showErrors({ new_password: weakPasswordText(t, error) });
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    change.reset();
    const { current_password, new_password } = form.draft.values;
    const errors: FormErrors<(typeof FIELDS)[number]> = {};
    if (current_password === "") errors.current_password = t("account.password.enterCurrent");
    const issue = newPasswordSchema(email).safeParse(new_password).error?.issues[0];
    if (issue !== undefined) errors.new_password = issueText(t, "new_password", issue);
    if (Object.keys(errors).length > 0) form.showErrors(errors);
    else void change.run({ current_password, new_password });
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("account.password.heading")}</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <PasswordField
          label={t("account.password.current")}
          autoComplete="current-password"
          required
          {...form.field("current_password")}
        />
        <NewPasswordField label={t("account.password.new")} email={email} {...form.field("new_password")} />
        <FormFooter action={change} label={t("account.password.change")} notice={notice} />
      </form>
    </section>
  );
}
