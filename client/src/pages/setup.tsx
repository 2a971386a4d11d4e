import { type ReactNode, useCallback, useState } from "react";
import { useNavigate } from "react-router-dom";
import { lookupSetup } from "../api/setup.ts";
import { LoadFailure } from "../components/load-failure.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { SetupLinkDead } from "../features/setup/setup-expired.tsx";
import { SetupForm } from "../features/setup/setup-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { paths } from "../paths.ts";

/** `/setup#<token>` (docs/pages.md#one-time-links): creates the first portal and its owner, then signs them in. */
export function SetupPage() {
  usePageTitle("Set up Gatehouse");
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
  else if (view.kind === "loading") content = <LoadingStatus label="Opening the setup link…" />;
  else if (view.kind === "failed")
    content = (
      <>
        <h1 tabIndex={-1}>Set up Gatehouse</h1>
        <LoadFailure
          message={view.error.description ?? "The setup link could not be checked."}
          onRetry={retry}
        />
      </>
    );
  else
    content = (
      <div className="stack">
        <div className="stack-tight">
          <h1 tabIndex={-1}>Set up Gatehouse</h1>
          <p className="muted">
            Name your first portal and create its owner: you. You can invite everyone else next.
          </p>
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
