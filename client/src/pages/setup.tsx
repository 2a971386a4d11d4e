import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { SetupLinkDead } from "../features/setup/setup-expired.tsx";
import { SetupForm } from "../features/setup/setup-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

/** `/setup#<token>` (docs/operations.md#first-run): creates the first portal and its owner, then signs them in. */
export function SetupPage() {
  usePageTitle("Set up Gatehouse");
  const token = useHashToken();
  const navigate = useNavigate();
  const [expired, setExpired] = useState(false);
  const region = useFocusOnStep<HTMLDivElement>(expired ? "expired" : "form");

  if (token === null || expired) {
    return (
      <div ref={region}>
        <SetupLinkDead missing={token === null} />
      </div>
    );
  }
  return (
    <div ref={region} className="stack">
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
}
