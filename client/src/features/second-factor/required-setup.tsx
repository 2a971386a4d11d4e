import { confirmRequiredTotp, type SetupDone, startRequiredTotp } from "../../api/second-factors.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { useRemote } from "../../hooks/use-remote.ts";
import { TotpEnrollment } from "./totp-enrollment.tsx";

interface RequiredSetupProps {
  /** The first code was right: the person is signed in, and their recovery codes come next. */
  onConfirmed: (done: SetupDone) => void;
}

/** A portal of the person requires a second factor and they have none: they set up an app before any session. */
export function RequiredSetup({ onConfirmed }: RequiredSetupProps) {
  const enrollment = useRemote(startRequiredTotp);
  return (
    <div className="stack">
      <p>
        Your portal requires two-factor authentication for everyone. Set up an authenticator app now: from
        then on you sign in with your password and a code from the app.
      </p>
      {enrollment.view.kind === "loading" ? <LoadingStatus label="Preparing your key…" /> : null}
      {enrollment.view.kind === "failed" ? (
        <LoadFailure
          message={enrollment.view.error.description ?? "Your key could not be prepared."}
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
