import type { TotpEnrollment as Enrollment, SecondFactors } from "@gatehouse/shared/schemas/second-factors";
import { useId, useState } from "react";
import {
  confirmTotp,
  getSecondFactors,
  removeTotp,
  renewRecoveryCodes,
  startTotp,
} from "../../api/second-factors.ts";
import { Alert } from "../../components/alert.tsx";
import { LoadFailure } from "../../components/load-failure.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { SuccessNotice } from "../../components/success-notice.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useFocusOnStep } from "../../hooks/use-focus-on-step.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useRemote } from "../../hooks/use-remote.ts";
import { RecoveryCodes } from "../second-factor/recovery-codes.tsx";
import { TotpEnrollment } from "../second-factor/totp-enrollment.tsx";
import { PasswordAgainDialog } from "./password-again-dialog.tsx";
import { TwoFactorStatus } from "./two-factor-status.tsx";

type Stage =
  | { kind: "status" }
  | { kind: "enrolling"; enrollment: Enrollment }
  | { kind: "codes"; codes: readonly string[] };

const SUBHEADINGS = { enrolling: "account.twoFactor.enrolling", codes: "account.twoFactor.codes" } as const;

/** "Two-factor authentication" on /account: set up an authenticator app, renew its recovery codes, remove it. */
export function TwoFactorSection() {
  const t = useT();
  const headingId = useId();
  const factors = useRemote(getSecondFactors);
  const [stage, setStageNow] = useState<Stage>({ kind: "status" });
  const [dialog, setDialog] = useState<"renew" | "remove" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Every change of stage moves the keyboard, also back to the status whose button just disappeared.
  const [moves, setMoves] = useState(0);
  const region = useFocusOnStep<HTMLElement>(moves, stage.kind === "status" ? "h2" : "h3");
  const { update, retry } = factors;
  function setStage(next: Stage) {
    setStageNow(next);
    setMoves((count) => count + 1);
  }
  const start = useAction(
    async () => {
      setNotice(null);
      setStage({ kind: "enrolling", enrollment: await startTotp() });
    },
    {
      failure: (error) =>
        error.status === 409
          ? t("account.twoFactor.busy")
          : (generalFailure(t, error) ?? t("account.twoFactor.startFailed")),
      onFailure: (error) => (error.status === 409 ? retry() : undefined),
    },
  );

  function shown(change: (current: SecondFactors) => SecondFactors, codes?: readonly string[]) {
    update(change);
    setDialog(null);
    setStage(codes ? { kind: "codes", codes } : { kind: "status" });
  }

  return (
    <section ref={region} className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t("account.twoFactor.heading")}
      </h2>
      <p className="muted">{t("account.twoFactor.intro")}</p>
      {stage.kind !== "status" ? <h3 tabIndex={-1}>{t(SUBHEADINGS[stage.kind])}</h3> : null}
      {factors.view.kind === "loading" ? <LoadingStatus label={t("account.twoFactor.loading")} /> : null}
      {factors.view.kind === "failed" ? (
        <LoadFailure
          message={generalFailure(t, factors.view.error) ?? t("account.twoFactor.loadFailed")}
          onRetry={retry}
        />
      ) : null}
      {factors.view.kind === "ready" && stage.kind === "status" ? (
        <TwoFactorStatus
          factors={factors.view.value}
          starting={start.pending}
          onStart={() => void start.run()}
          onRenew={() => setDialog("renew")}
          onRemove={() => setDialog("remove")}
        />
      ) : null}
      {start.failure ? <Alert>{start.failure}</Alert> : null}
      <SuccessNotice message={notice} />
      {stage.kind === "enrolling" ? (
        <TotpEnrollment
          enrollment={stage.enrollment}
          onCancel={() => setStage({ kind: "status" })}
          onConfirm={async (code) => {
            const { recovery_codes } = await confirmTotp({ code });
            const now = new Date().toISOString();
            shown(
              () => ({ totp: { created_at: now }, recovery_codes_remaining: recovery_codes.length }),
              recovery_codes,
            );
          }}
        />
      ) : null}
      {stage.kind === "codes" ? (
        <RecoveryCodes
          codes={stage.codes}
          onDone={() => {
            setNotice(t("account.twoFactor.turnedOn"));
            setStage({ kind: "status" });
          }}
        />
      ) : null}
      {dialog === "renew" ? (
        <PasswordAgainDialog
          title={t("account.twoFactor.newCodes")}
          confirmLabel={t("account.twoFactor.makeNewCodes")}
          onCancel={() => setDialog(null)}
          onConfirm={async (current_password) => {
            const { recovery_codes } = await renewRecoveryCodes({ current_password });
            shown(
              (current) => ({ ...current, recovery_codes_remaining: recovery_codes.length }),
              recovery_codes,
            );
          }}
        >
          {t("account.twoFactor.renewText", { count: 10 })}
        </PasswordAgainDialog>
      ) : null}
      {dialog === "remove" ? (
        <PasswordAgainDialog
          title={t("account.twoFactor.removeTitle")}
          confirmLabel={t("common.remove")}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={async (current_password) => {
            await removeTotp({ current_password });
            shown(() => ({ totp: null, recovery_codes_remaining: 0 }));
            setNotice(t("account.twoFactor.turnedOff"));
          }}
        >
          {t("account.twoFactor.removeText")}
        </PasswordAgainDialog>
      ) : null}
    </section>
  );
}
