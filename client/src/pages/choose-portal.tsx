import type { Interaction, Portal } from "@gatehouse/shared";
import { useState } from "react";
import { toApiError } from "../api/http.ts";
import { choosePortal } from "../api/session.ts";
import { Alert } from "../components/alert.tsx";
import { AppIcon } from "../components/app-icon.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useSessionStore } from "../stores/session.ts";

interface ChoosePortalPageProps {
  interaction: Interaction;
  /** Called once a portal is chosen: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/** Contract §10, portal chooser: heading "Choose portal", one button per portal named by the portal's name. */
export function ChoosePortalPage({ interaction, onProgress }: ChoosePortalPageProps) {
  usePageTitle("Choose portal");
  const session = useSessionStore();
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The interaction is the authority; the store covers a server that leaves the list out.
  const portals: Portal[] = interaction.portals ?? session.portals;
  const email = interaction.user?.email ?? session.user?.email;

  async function choose(portal: Portal) {
    setPending(portal.id);
    setFailure(null);
    try {
      session.portalChosen(await choosePortal({ portal_id: portal.id }));
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? `${portal.name} could not be chosen. Try again.`);
      setPending(null);
      return;
    }
    await onProgress();
    setPending(null);
  }

  return (
    <div className="stack">
      <div className="app-banner">
        <AppIcon client={interaction.client} />
        <div>
          <h1 tabIndex={-1}>Choose portal</h1>
          <p className="muted">
            to continue to {interaction.client.name}
            {email ? (
              <>
                {" "}
                as <strong className="identity-email">{email}</strong>
              </>
            ) : null}
          </p>
        </div>
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
      {portals.length === 0 ? (
        <p>Your account does not belong to any portal yet. Ask a portal owner to invite you.</p>
      ) : (
        <ul className="choice-list">
          {portals.map((portal) => (
            <li key={portal.id}>
              <button
                type="button"
                className="choice"
                disabled={pending !== null}
                aria-busy={pending === portal.id}
                onClick={() => void choose(portal)}
              >
                <span className="choice-avatar" aria-hidden="true">
                  {portal.name.slice(0, 1).toUpperCase()}
                </span>
                <span className="choice-name">{portal.name}</span>
                <svg
                  className="choice-chevron"
                  viewBox="0 0 20 20"
                  width="20"
                  height="20"
                  aria-hidden="true"
                  focusable="false"
                >
                  <path d="m7.5 4.5-1.4 1.4 4.1 4.1-4.1 4.1 1.4 1.4 5.5-5.5Z" fill="currentColor" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
