import type { FormEvent } from "react";
import { z } from "zod";
import type { ApiError } from "../../api/http.ts";
import { FormDialog, type FormDialogProps } from "../../components/form-dialog.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useCheckedField } from "../../hooks/use-checked-field.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";
import { throttledMessage } from "../session/sign-in-failure.ts";

interface PasswordAgainDialogProps
  extends Pick<FormDialogProps, "title" | "confirmLabel" | "danger" | "onCancel"> {
  /** What the change does, said before the field. */
  children: string;
  /** Sends the password with the change; throws an ApiError (401 `invalid_credentials`) to keep the dialog open. */
  onConfirm: (currentPassword: string) => Promise<void>;
}

function failureOf(t: Translate) {
  return (error: ApiError): string | null => {
    // A wrong password is said beside its field.
    if (error.status === 401) return null;
    if (error.status === 429) return throttledMessage(error, t);
    return generalFailure(t, error) ?? t("common.failed");
  };
}

/** A second factor changes only with the password typed again (docs/api.md#second-factors). */
export function PasswordAgainDialog({ children, onConfirm, ...dialog }: PasswordAgainDialogProps) {
  const t = useT();
  const password = useCheckedField();
  const confirm = useAction(onConfirm, {
    failure: failureOf(t),
    onFailure: (failed) =>
      password.refuse(failed.status === 401 ? t("common.passwordNotCorrect") : undefined),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Any password typed: the server judges it (docs/api.md#second-factors).
    const typed = password.checked(z.string().min(1, t("common.enterPassword")), t("common.enterPassword"));
    if (typed !== null) void confirm.run(typed);
  }

  return (
    <FormDialog {...dialog} call={confirm} onSubmit={submit}>
      <p>{children}</p>
      <PasswordField
        label={t("common.password")}
        name="current_password"
        autoComplete="current-password"
        required
        {...password.field}
      />
    </FormDialog>
  );
}
