import type { Consent } from "@gatehouse/shared";
import { useState } from "react";
import { listConsents } from "../api/consents.ts";
import { Loadable } from "../components/loadable.tsx";
import { SuccessNotice } from "../components/success-notice.tsx";
import { ConsentRow } from "../features/connected-apps/consent-row.tsx";
import { useFocusOnOpen } from "../hooks/use-focus-on-open.ts";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { useSessionStore } from "../stores/session.ts";

/**
 * `/connected-apps` (docs/pages.md and docs/api.md#clients): heading "Connected apps", one row per app the person allowed on the
 * current portal, with its scopes and a button "Revoke".
 */
export function ConnectedAppsPage() {
  usePageTitle("Connected apps");
  const heading = useFocusOnOpen();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const consents = useRemote(listConsents);
  const { update } = consents;
  const [notice, setNotice] = useState<string | null>(null);
  // The revoked row and its button are gone: the heading is the next sure place for the keyboard.
  const [revocations, setRevocations] = useState(0);
  const region = useFocusOnStep<HTMLDivElement>(revocations);

  function revoked(consent: Consent) {
    update((consents) => consents.filter((entry) => entry.client.client_id !== consent.client.client_id));
    setNotice(`${consent.client.name} can no longer access your account.`);
    setRevocations((count) => count + 1);
  }

  return (
    <div ref={region} className="stack page">
      <div className="stack-tight">
        <h1 ref={heading} tabIndex={-1}>
          Connected apps
        </h1>
        <p className="muted">
          The apps you allowed to access your account on {portal}. Revoking an app signs it out at once; it
          has to ask you again to come back.
        </p>
      </div>
      <SuccessNotice message={notice} />
      <Loadable remote={consents} loading="Loading apps…" failure="Your connected apps could not be loaded.">
        {({ value }) =>
          value.length === 0 ? (
            <p className="empty">You have not allowed any apps on {portal}.</p>
          ) : (
            <ul className="app-list" aria-label="Apps you allowed">
              {value.map((consent) => (
                <ConsentRow key={consent.client.client_id} consent={consent} onRevoked={revoked} />
              ))}
            </ul>
          )
        }
      </Loadable>
    </div>
  );
}
