import type { TotpEnrollment as Enrollment } from "@gatehouse/shared/schemas/second-factors";
import type { FormEvent } from "react";
import type { ApiError } from "../../api/http.ts";
import { Alert } from "../../components/alert.tsx";
import { CancelButton } from "../../components/cancel-button.tsx";
import { CopyButton } from "../../components/copy-button.tsx";
import { SubmitButton } from "../../components/submit-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useCheckedField } from "../../hooks/use-checked-field.ts";
import { useT } from "../../hooks/use-intl.ts";
import { codeFailure, codeRefused } from "./code-failure.ts";
import { CodeField } from "./code-field.tsx";
import { codeSchema } from "./code-schemas.ts";
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
  const t = useT();
  const code = useCheckedField();
  const confirm = useAction(onConfirm, {
    failure: codeFailure(t("signIn.setup.checkFailed"), t),
    onFailure: (failure: ApiError) =>
      code.refuse(codeRefused(failure) ? t("signIn.code.enterNow") : undefined),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.reset();
    const checked = code.checked(codeSchema("totp", t), t("signIn.setup.enterCode"));
    if (checked !== null) void confirm.run(checked);
  }

  return (
    <div className="stack">
      <ol className="steps">
        <li>{t("signIn.setup.openApp")}</li>
        <li>{t("signIn.setup.scan")}</li>
      </ol>
      <QrCode value={enrollment.otpauth_uri} />
      <div className="credential">
        <span className="credential-label">{t("signIn.setup.cantScan")}</span>
        <span className="credential-value">
          <code className="mono totp-secret">{enrollment.secret}</code>
          <CopyButton value={enrollment.secret} hiddenLabel={t("signIn.setup.key")} />
        </span>
      </div>
      <form className="stack" noValidate onSubmit={submit}>
        <CodeField kind="totp" {...code.field} />
        {confirm.failure ? <Alert>{confirm.failure}</Alert> : null}
        <div className="form-actions">
          <SubmitButton pending={confirm.pending}>{t("signIn.setup.confirm")}</SubmitButton>
          <CancelButton onCancel={onCancel} />
        </div>
      </form>
    </div>
  );
}
