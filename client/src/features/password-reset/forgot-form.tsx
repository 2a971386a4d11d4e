import { passwordResetRequestSchema } from "@gatehouse/shared/schemas/account";
import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { requestPasswordReset } from "../../api/password-reset.ts";
import { EmailField } from "../../components/email-field.tsx";
import { FormFooter } from "../../components/form-footer.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { issueErrors, useFormDraft } from "../../hooks/use-form-draft.ts";

const FIELDS = ["email"] as const;

function requestFailure(error: ApiError): string {
  if (error.status === 429) return "Too many requests. Wait a few minutes and try again.";
  return error.description ?? "Your request could not be sent. Try again.";
}

/** Asks for a reset link by email; the answer is the same whether or not an account uses it. */
export function ForgotForm({ onSent }: { onSent: (email: string) => void }) {
  const form = useFormDraft(FIELDS, { email: "" });
  const request = useAction(
    async (email: string) => {
      await requestPasswordReset(email);
      onSent(email);
    },
    { failure: requestFailure },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.reset();
    const parsed = passwordResetRequestSchema.safeParse(form.draft.values);
    if (parsed.success) void request.run(parsed.data.email);
    else form.showErrors(issueErrors(FIELDS, parsed.error.issues));
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <EmailField autoComplete="username" {...form.field("email")} />
      <FormFooter action={request} label="Send reset link" block />
    </form>
  );
}
