import { displayNameSchema, newPasswordSchema } from "@gatehouse/shared/schemas/account";
import type { FormEvent } from "react";
import { acceptInvitation } from "../../api/invitations.ts";
import { Alert } from "../../components/alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { NewPasswordField } from "../../components/new-password-field.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { type FormErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { acceptFailure } from "./accept-failure.ts";

const FIELDS = ["display_name", "password"] as const;

interface NewPersonFormProps {
  token: string;
  email: string;
  onJoined: () => void;
  onExpired: () => void;
}

/** Someone new to Gatehouse names themselves and chooses a password for the invited email. */
export function NewPersonForm({ token, email, onJoined, onExpired }: NewPersonFormProps) {
  const form = useFormDraft(FIELDS, { display_name: "", password: "" });
  const accept = useAction(
    async (display_name: string, password: string) => {
      await acceptInvitation({ token, display_name, password });
      onJoined();
    },
    {
      failure: acceptFailure,
      onFailure: (error) => {
        if (error.status === 410) onExpired();
        if (error.status === 400 && error.code === "weak_password")
          form.showErrors({ password: error.description ?? "Choose another password" });
      },
    },
  );
  const { values, errors } = form.draft;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    accept.reset();
    const found: FormErrors<(typeof FIELDS)[number]> = {};
    const name = displayNameSchema.safeParse(values.display_name);
    if (!name.success) found.display_name = name.error.issues[0]?.message;
    const password = newPasswordSchema(email).safeParse(values.password);
    if (!password.success) found.password = password.error.issues[0]?.message;
    if (name.success && password.success) void accept.run(name.data, password.data);
    else form.showErrors(found);
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {/* Password managers file the new password under this name. */}
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Name"
        name="display_name"
        autoComplete="name"
        required
        hint="Shown to the apps you allow and to the people of the portal."
        value={values.display_name}
        error={errors.display_name}
        inputRef={form.register("display_name")}
        onValueChange={form.typed("display_name")}
      />
      <NewPasswordField
        label="Password"
        name="password"
        email={email}
        value={values.password}
        error={errors.password}
        inputRef={form.register("password")}
        onValueChange={form.typed("password")}
      />
      {accept.failure ? <Alert>{accept.failure}</Alert> : null}
      <button
        type="submit"
        className="button button-primary button-block"
        aria-disabled={accept.pending || undefined}
      >
        Create account and join
      </button>
    </form>
  );
}
