import { confirmRequiredTotp, type SetupDone, startRequiredTotp } from "../../api/second-factors.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useRemote } from "../../hooks/use-remote.ts";
import { TotpEnrollment } from "./totp-enrollment.tsx";

interface RequiredSetupProps {
  /** The first code was right: the person is signed in, and their recovery codes come next. */
  onConfirmed: (done: SetupDone) => void;
}

/** A portal of the person requires a second factor and they have none: they set up an app before any session. */
export function RequiredSetup({ onConfirmed }: RequiredSetupProps) {
  const t = useT();
  const enrollment = useRemote(startRequiredTotp);
  return (
    <div className="stack">
      <p>{t("signIn.setup.required")}</p>
      {enrollment.view.kind === "loading" ? <LoadingStatus label={t("signIn.setup.preparing")} /> : null}
      {enrollment.view.kind === "failed" ? (
        <LoadFailure
          message={generalFailure(t, enrollment.view.error) ?? t("signIn.setup.prepareFailed")}
          onRetry={enrollment.retry}
        />
      ) : null}
      {enrollment.view.kind === "ready" ? (
        <TotpEnrollment
          enrollment={enrollment.view.value}
          onConfirm={async (code) => onConfirmed(await confirmRequiredTotp({ code }))}
        />
      ) : null}
    </div>
  );
}
