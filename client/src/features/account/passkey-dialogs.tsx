import { passkeyNameSchema } from "@gatehouse/shared/schemas/passkeys";
import { type FormEvent, useRef, useState } from "react";
import { FormDialog, type FormDialogProps } from "../../components/form-dialog.tsx";
import { TextField } from "../../components/form-field.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";

interface NameDialogProps extends Pick<FormDialogProps, "title" | "confirmLabel" | "onCancel"> {
  initial: string;
  /** What the person reads when the call fails, unless the server says why. */
  failure: string;
  /** Throws to keep the dialog open with the failure shown. */
  onSubmit: (name: string) => Promise<void>;
}

/** Asks a passkey's name (to add one, or to rename one) and runs `onSubmit` with it. */
export function PasskeyNameDialog({ initial, failure, onSubmit, ...dialog }: NameDialogProps) {
  const t = useT();
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
        label={t("account.passkeys.name")}
        name="passkey_name"
        autoComplete="off"
        required
        hint={t("account.passkeys.nameHint")}
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
  const t = useT();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const remove = useAction(onRemove, {
    failure: (failed) =>
      failed.code === "invalid_credentials"
        ? t("common.incorrectPassword")
        : (generalFailure(t, failed) ?? t("account.passkeys.removeFailed")),
    onFailure: () => setPassword(""),
  });

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(password === "" ? t("common.enterPassword") : undefined);
    if (password !== "") void remove.run(password);
  }

  return (
    <FormDialog
      title={t("account.passkeys.remove")}
      confirmLabel={t("account.passkeys.remove")}
      danger
      call={remove}
      onCancel={onCancel}
      onSubmit={send}
    >
      <p>{t("account.passkeys.removeText", { name })}</p>
      <PasswordField
        label={t("account.password.current")}
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
