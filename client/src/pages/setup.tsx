import { type ReactNode, useCallback, useState } from "react";
import { useNavigate } from "react-router-dom";
import { lookupSetup } from "../api/setup.ts";
import { LoadFailure } from "../components/load-failure.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { SetupLinkDead } from "../features/setup/setup-expired.tsx";
import { SetupForm } from "../features/setup/setup-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { paths } from "../paths.ts";

/** `/setup#<token>` (docs/pages.md#one-time-links): creates the first portal and its owner, then signs them in. */
export function SetupPage() {
  const t = useT();
  usePageTitle(t("people.setup.title"));
  const token = useHashToken();
  const navigate = useNavigate();
  const [expired, setExpired] = useState(false);
  // A dead link is said before anyone types: without a token nothing is asked of the server.
  const lookup = useCallback(() => (token === null ? Promise.resolve() : lookupSetup(token)), [token]);
  const { view, retry } = useRemote(lookup);
  const dead = token === null || expired || (view.kind === "failed" && view.error.status === 410);
  const region = useFocusOnStep<HTMLDivElement>(dead ? "dead" : view.kind);

  let content: ReactNode;
  if (dead) content = <SetupLinkDead missing={token === null} />;
  else if (view.kind === "loading") content = <LoadingStatus label={t("people.setup.opening")} />;
  else if (view.kind === "failed")
    content = (
      <>
        <h1 tabIndex={-1}>{t("people.setup.title")}</h1>
        <LoadFailure message={t("people.setup.checkFailed")} onRetry={retry} />
      </>
    );
  else
    content = (
      <div className="stack">
        <div className="stack-tight">
          <h1 tabIndex={-1}>{t("people.setup.title")}</h1>
          <p className="muted">{t("people.setup.intro")}</p>
        </div>
        <SetupForm
          token={token}
          onDone={() => navigate(paths.people, { replace: true })}
          onExpired={() => setExpired(true)}
        />
      </div>
    );

  return <div ref={region}>{content}</div>;
}
