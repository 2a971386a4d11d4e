import { useState } from "react";
import { Link } from "react-router-dom";
import { ForgotForm } from "../features/password-reset/forgot-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

/**
 * `/forgot-password` (docs/pages.md#password-recovery), linked "Forgot password?" from sign-in. Every email gets
 * the same answer, so the page never tells who has an account.
 */
export function ForgotPasswordPage() {
  usePageTitle("Forgot password");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const region = useFocusOnStep<HTMLDivElement>(sentTo === null ? "form" : "sent");

  return (
    <div ref={region} className="stack">
      {sentTo === null ? (
        <>
          <div className="stack-tight">
            <h1 tabIndex={-1}>Forgot your password?</h1>
            <p className="muted">
              Enter the email you sign in with. We will mail you a link to choose a new password.
            </p>
          </div>
          <ForgotForm onSent={setSentTo} />
        </>
      ) : (
        <>
          <h1 tabIndex={-1}>Check your mail</h1>
          <p>
            If an account uses <strong className="identity-email">{sentTo}</strong>, a link to choose a new
            password is on its way there. It works once, for 30 minutes.
          </p>
          <p className="muted">
            No mail after a few minutes? Look in your spam folder, or ask an admin of your portal for a reset
            link.
          </p>
        </>
      )}
      <p>
        <Link to={paths.account}>Back to sign in</Link>
      </p>
    </div>
  );
}
