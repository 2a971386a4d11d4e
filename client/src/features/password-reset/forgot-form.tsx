import { passwordResetRequestSchema } from "@gatehouse/shared/schemas/account";
import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { requestPasswordReset } from "../../api/password-reset.ts";
import { EmailField } from "../../components/email-field.tsx";
import { FormFooter } from "../../components/form-footer.tsx";
import { issueTexts } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useFormDraft } from "../../hooks/use-form-draft.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";

const FIELDS = ["email"] as const;

const requestFailure =
  (t: Translate) =>
  (error: ApiError): string =>
    t(error.status === 429 ? "people.forgot.tooMany" : "people.forgot.failed");

/** Asks for a reset link by email; the answer is the same whether or not an account uses it. */
export function ForgotForm({ onSent }: { onSent: (email: string) => void }) {
  const t = useT();
  const form = useFormDraft(FIELDS, { email: "" });
  const request = useAction(
    async (email: string) => {
      await requestPasswordReset(email);
      onSent(email);
    },
    { failure: requestFailure(t) },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.reset();
    const parsed = passwordResetRequestSchema.safeParse(form.draft.values);
    if (parsed.success) void request.run(parsed.data.email);
    else form.showErrors(issueTexts(t, FIELDS, parsed.error.issues));
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <EmailField autoComplete="username" {...form.field("email")} />
      <FormFooter action={request} label={t("people.forgot.submit")} block />
    </form>
  );
}
