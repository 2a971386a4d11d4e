import { useState } from "react";
import { Link } from "react-router-dom";
import { ResetForm } from "../features/password-reset/reset-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

type Outcome = "open" | "done" | "expired";

/** `/reset-password#<token>` (docs/pages.md#password-recovery): a new password, then every session of the account ends. */
export function ResetPasswordPage() {
  const t = useT();
  usePageTitle(t("people.reset.title"));
  const token = useHashToken();
  const [outcome, setOutcome] = useState<Outcome>("open");
  const region = useFocusOnStep<HTMLDivElement>(outcome);

  if (token === null || outcome === "expired") {
    return (
      <div ref={region} className="stack">
        <h1 tabIndex={-1}>{t(token === null ? "people.reset.incomplete" : "people.reset.dead")}</h1>
        <p>{t(token === null ? "people.reset.incompleteText" : "people.reset.deadText")}</p>
        <p>
          <Link to={paths.forgotPassword}>{t("people.reset.askAgain")}</Link>
        </p>
      </div>
    );
  }
  if (outcome === "done") {
    return (
      <div ref={region} className="stack">
        <h1 tabIndex={-1}>{t("people.reset.done")}</h1>
        <p>{t("people.reset.doneText")}</p>
        <p>
          <Link to={paths.account}>{t("people.reset.signIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div ref={region} className="stack">
      <div className="stack-tight">
        <h1 tabIndex={-1}>{t("people.reset.title")}</h1>
        <p className="muted">{t("people.reset.intro")}</p>
      </div>
      <ResetForm token={token} onDone={() => setOutcome("done")} onExpired={() => setOutcome("expired")} />
    </div>
  );
}
