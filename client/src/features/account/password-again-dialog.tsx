import { type FormEvent, useRef, useState } from "react";
import type { ApiError } from "../../api/http.ts";
import { FormDialog, type FormDialogProps } from "../../components/form-dialog.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { throttledMessage } from "../session/sign-in-failure.ts";

interface PasswordAgainDialogProps
  extends Pick<FormDialogProps, "title" | "confirmLabel" | "danger" | "onCancel"> {
  /** What the change does, said before the field. */
  children: string;
  /** Sends the password with the change; throws an ApiError (401 `invalid_credentials`) to keep the dialog open. */
  onConfirm: (currentPassword: string) => Promise<void>;
}

function failure(error: ApiError): string | null {
  // A wrong password is said beside its field.
  if (error.status === 401) return null;
  if (error.status === 429) return throttledMessage(error);
  return error.description ?? "That did not work. Try again.";
}

/** A second factor changes only with the password typed again (docs/api.md#second-factors). */
export function PasswordAgainDialog({ children, onConfirm, ...dialog }: PasswordAgainDialogProps) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const field = useRef<HTMLInputElement>(null);
  const confirm = useAction(onConfirm, {
    failure,
    onFailure: (failed) => {
      if (failed.status === 401) setError("Your password is not correct");
      setPassword("");
      field.current?.focus();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password === "") {
      setError("Enter your password");
      field.current?.focus();
      return;
    }
    setError(undefined);
    void confirm.run(password);
  }

  return (
    <FormDialog {...dialog} call={confirm} onSubmit={submit}>
      <p>{children}</p>
      <PasswordField
        label="Password"
        name="current_password"
        autoComplete="current-password"
        required
        value={password}
        error={error}
        inputRef={field}
        onValueChange={(value) => {
          setPassword(value);
          setError(undefined);
        }}
      />
    </FormDialog>
  );
}
