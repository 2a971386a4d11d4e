import { passwordResetRequestSchema } from "@gatehouse/shared/schemas/account";
import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { requestPasswordReset } from "../../api/password-reset.ts";
import { Alert } from "../../components/alert.tsx";
import { TextField } from "../../components/form-field.tsx";
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
      <TextField
        label="Email"
        type="email"
        name="email"
        inputMode="email"
        autoComplete="username"
        spellCheck={false}
        required
        value={form.draft.values.email}
        error={form.draft.errors.email}
        inputRef={form.register("email")}
        onValueChange={form.typed("email")}
      />
      {request.failure ? <Alert>{request.failure}</Alert> : null}
      <button
        type="submit"
        className="button button-primary button-block"
        aria-disabled={request.pending || undefined}
      >
        Send reset link
      </button>
    </form>
  );
}
