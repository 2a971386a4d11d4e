import { passkeyNameSchema } from "@gatehouse/shared/schemas/passkeys";
import { type FormEvent, useRef, useState } from "react";
import { FormDialog, type FormDialogProps } from "../../components/form-dialog.tsx";
import { TextField } from "../../components/form-field.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { useAction } from "../../hooks/use-action.ts";

interface NameDialogProps extends Pick<FormDialogProps, "title" | "confirmLabel" | "onCancel"> {
  initial: string;
  /** What the person reads when the call fails, unless the server says why. */
  failure: string;
  /** Throws to keep the dialog open with the failure shown. */
  onSubmit: (name: string) => Promise<void>;
}

/** Asks a passkey's name (to add one, or to rename one) and runs `onSubmit` with it. */
export function PasskeyNameDialog({ initial, failure, onSubmit, ...dialog }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const nameRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = useAction(onSubmit, { failure });

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = passkeyNameSchema.safeParse(name);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) void submit.run(parsed.data);
    else nameRef.current?.focus();
  }

  return (
    <FormDialog {...dialog} call={submit} onSubmit={send}>
      <TextField
        label="Passkey name"
        name="passkey_name"
        autoComplete="off"
        required
        hint="A name to tell your passkeys apart, such as the device that keeps it."
        value={name}
        error={error}
        inputRef={nameRef}
        onValueChange={setName}
      />
    </FormDialog>
  );
}

interface RemoveDialogProps {
  name: string;
  onCancel: () => void;
  /** Throws to keep the dialog open with the failure shown. */
  onRemove: (currentPassword: string) => Promise<void>;
}

/** "Remove": asks the password again before a passkey goes (docs/security.md#passkeys). */
export function RemovePasskeyDialog({ name, onCancel, onRemove }: RemoveDialogProps) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const remove = useAction(onRemove, {
    failure: (failed) =>
      failed.code === "invalid_credentials"
        ? "Incorrect password"
        : (failed.description ?? "The passkey could not be removed. Try again."),
    onFailure: () => setPassword(""),
  });

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(password === "" ? "Enter your password" : undefined);
    if (password !== "") void remove.run(password);
  }

  return (
    <FormDialog
      title="Remove passkey"
      confirmLabel="Remove passkey"
      danger
      call={remove}
      onCancel={onCancel}
      onSubmit={send}
    >
      <p>“{name}” will no longer sign you in. Enter your password to remove it.</p>
      <PasswordField
        label="Current password"
        name="current_password"
        autoComplete="current-password"
        required
        value={password}
        error={error}
        onValueChange={setPassword}
      />
    </FormDialog>
  );
}
