import { useState } from "react";
import { Link } from "react-router-dom";
import { ResetForm } from "../features/password-reset/reset-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

type Outcome = "open" | "done" | "expired";

/** `/reset-password#<token>` (docs/pages.md#password-recovery): a new password, then every session of the account ends. */
export function ResetPasswordPage() {
  usePageTitle("Choose a new password");
  const token = useHashToken();
  const [outcome, setOutcome] = useState<Outcome>("open");
  const region = useFocusOnStep<HTMLDivElement>(outcome);

  if (token === null || outcome === "expired") {
    return (
      <div ref={region} className="stack">
        <h1 tabIndex={-1}>
          {token === null ? "This reset link is incomplete" : "This reset link no longer works"}
        </h1>
        <p>
          {token === null
            ? "Copy the whole link from your mail, including everything after the # sign."
            : "It was already used, or it is more than 30 minutes old."}
        </p>
        <p>
          <Link to={paths.forgotPassword}>Ask for a new link</Link>
        </p>
      </div>
    );
  }
  if (outcome === "done") {
    return (
      <div ref={region} className="stack">
        <h1 tabIndex={-1}>Your password was changed</h1>
        <p>Every browser signed in to your account was signed out. Sign in again with your new password.</p>
        <p>
          <Link to={paths.account}>Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div ref={region} className="stack">
      <div className="stack-tight">
        <h1 tabIndex={-1}>Choose a new password</h1>
        <p className="muted">Once it is set, every browser signed in to your account is signed out.</p>
      </div>
      <ResetForm token={token} onDone={() => setOutcome("done")} onExpired={() => setOutcome("expired")} />
    </div>
  );
}
