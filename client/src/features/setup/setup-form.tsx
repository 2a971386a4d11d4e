import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { type Setup, setupSchema } from "@gatehouse/shared/schemas/people";
import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { runSetup } from "../../api/setup.ts";
import { Alert } from "../../components/alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { NewPasswordField } from "../../components/new-password-field.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { issueErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { useSessionStore } from "../../stores/session.ts";

const FIELDS = ["portal_name", "email", "display_name", "password"] as const;

function setupFailure(error: ApiError): string | null {
  if (error.status === 410) return null;
  if (error.status === 429) return "Too many attempts. Wait a few minutes and try again.";
  return error.description ?? "Gatehouse could not be set up. Try again.";
}

interface SetupFormProps {
  token: string;
  /** The portal and its owner exist and the owner is signed in. */
  onDone: () => void;
  /** 410: the link was used or has expired. */
  onExpired: () => void;
}

/** The first portal and its owner: the portal's name, then the owner's email, name and password. */
export function SetupForm({ token, onDone, onExpired }: SetupFormProps) {
  const signedIn = useSessionStore((state) => state.signedIn);
  const form = useFormDraft(FIELDS, { portal_name: "", email: "", display_name: "", password: "" });
  const submit = useAction(
    async (body: Setup) => {
      signedIn(await runSetup(body));
      onDone();
    },
    {
      failure: setupFailure,
      onFailure: (error) => {
        if (error.status === 410) onExpired();
        if (error.status === 400 && error.code === "weak_password")
          form.showErrors({ password: error.description ?? "Choose another password" });
      },
    },
  );
  const { values, errors } = form.draft;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit.reset();
    const parsed = setupSchema.safeParse({ ...values, token });
    const fieldErrors = parsed.success ? {} : issueErrors(FIELDS, parsed.error.issues);
    const password = newPasswordSchema(parsed.data?.email ?? values.email).safeParse(values.password);
    if (!password.success) fieldErrors.password ??= password.error.issues[0]?.message;
    if (parsed.success && password.success) void submit.run(parsed.data);
    else form.showErrors(fieldErrors);
  }

  return (
    <form className="stack" noValidate onSubmit={send}>
      <TextField
        label="Portal name"
        name="portal_name"
        autoComplete="organization"
        required
        hint="Your team or company, as people will see it when they sign in."
        value={values.portal_name}
        error={errors.portal_name}
        inputRef={form.register("portal_name")}
        onValueChange={form.typed("portal_name")}
      />
      <TextField
        label="Email"
        type="email"
        name="email"
        inputMode="email"
        autoComplete="username"
        spellCheck={false}
        required
        hint="You sign in with it, as the portal's owner."
        value={values.email}
        error={errors.email}
        inputRef={form.register("email")}
        onValueChange={form.typed("email")}
      />
      <TextField
        label="Name"
        name="display_name"
        autoComplete="name"
        required
        value={values.display_name}
        error={errors.display_name}
        inputRef={form.register("display_name")}
        onValueChange={form.typed("display_name")}
      />
      <NewPasswordField
        label="Password"
        name="password"
        email={values.email.trim().toLowerCase()}
        value={values.password}
        error={errors.password}
        inputRef={form.register("password")}
        onValueChange={form.typed("password")}
      />
      {submit.failure ? <Alert>{submit.failure}</Alert> : null}
      <button
        type="submit"
        className="button button-primary button-block"
        aria-disabled={submit.pending || undefined}
      >
        Set up Gatehouse
      </button>
    </form>
  );
}
