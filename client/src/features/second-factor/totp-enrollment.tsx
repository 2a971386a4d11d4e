import { type TotpEnrollment as Enrollment, totpCodeSchema } from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useRef, useState } from "react";
import type { ApiError } from "../../api/http.ts";
import { Alert } from "../../components/alert.tsx";
import { CopyButton } from "../../components/copy-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { CODE_REFUSED, codeFailure } from "./code-failure.ts";
import { CodeField } from "./code-field.tsx";
import { QrCode } from "./qr-code.tsx";

interface TotpEnrollmentProps {
  enrollment: Enrollment;
  /** Sends the first code (RFC 6238 §5.2: it proves the app holds the secret); throws an ApiError when refused. */
  onConfirm: (code: string) => Promise<void>;
  /** Offered beside "Confirm" on the account page; a required set-up has no way around it. */
  onCancel?: () => void;
}

/** The secret as a QR code and as text, then the field "Authentication code" and the button "Confirm". */
export function TotpEnrollment({ enrollment, onConfirm, onCancel }: TotpEnrollmentProps) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const field = useRef<HTMLInputElement>(null);
  const confirm = useAction(onConfirm, {
    failure: codeFailure("The code could not be checked. Try again."),
    onFailure: (failure: ApiError) => {
      setCode("");
      if (codeFailure("")(failure) === CODE_REFUSED) setError("Enter the code your app shows now");
      field.current?.focus();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.reset();
    const checked = totpCodeSchema.safeParse(code);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Enter the code");
      field.current?.focus();
      return;
    }
    setError(undefined);
    void confirm.run(checked.data);
  }

  return (
    <div className="stack">
      <ol className="steps">
        <li>
          Open an authenticator app on your phone, such as 2FAS, Aegis, Google Authenticator or 1Password.
        </li>
        <li>Scan this QR code with it.</li>
      </ol>
      <QrCode value={enrollment.otpauth_uri} />
      <div className="credential">
        <span className="credential-label">Can't scan? Enter this key</span>
        <span className="credential-value">
          <code className="mono totp-secret">{enrollment.secret}</code>
          <CopyButton value={enrollment.secret} hiddenLabel="key" />
        </span>
      </div>
      <form className="stack" noValidate onSubmit={submit}>
        <CodeField
          kind="totp"
          value={code}
          error={error}
          inputRef={field}
          onValueChange={(value) => {
            setCode(value);
            setError(undefined);
          }}
        />
        {confirm.failure ? <Alert>{confirm.failure}</Alert> : null}
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={confirm.pending || undefined}
          >
            Confirm
          </button>
          {onCancel ? (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
