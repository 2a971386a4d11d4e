import { type Consent, scopeGroupLines } from "@gatehouse/shared";
import { useEffect, useId, useRef, useState } from "react";
import { listConsents, revokeConsent } from "../api/consents.ts";
import { toApiError } from "../api/http.ts";
import { Alert } from "../components/alert.tsx";
import { AppIcon } from "../components/app-icon.tsx";
import { LoadFailure } from "../components/load-failure.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useRemoteList } from "../components/use-remote-list.ts";
import { isWebUrl } from "../navigation.ts";
import { useSessionStore } from "../stores/session.ts";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

function grantedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/**
 * `/connected-apps` (contract §10, §11): heading "Connected apps", one row per app the person allowed on the
 * current portal, with its scopes and a button "Revoke".
 */
export function ConnectedAppsPage() {
  usePageTitle("Connected apps");
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const { view, retry, update } = useRemoteList(listConsents);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The revoked row and its button are gone: the heading is the next sure place for the keyboard.
    if (!focusHeading) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  function revoked(consent: Consent) {
    update((consents) => consents.filter((entry) => entry.client.client_id !== consent.client.client_id));
    setNotice(`${consent.client.name} can no longer access your account.`);
    setFocusHeading(true);
  }

  return (
    <div className="stack page">
      <div className="stack-tight">
        <h1 ref={heading} tabIndex={-1}>
          Connected apps
        </h1>
        <p className="muted">
          The apps you allowed to access your account on {portal}. Revoking an app signs it out at once; it
          has to ask you again to come back.
        </p>
      </div>
      {notice ? (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      ) : null}
      {view.kind === "loading" ? <LoadingStatus label="Loading apps…" /> : null}
      {view.kind === "failed" ? (
        <LoadFailure
          message={view.error.description ?? "Your connected apps could not be loaded."}
          onRetry={retry}
        />
      ) : null}
      {view.kind === "ready" ? (
        view.items.length === 0 ? (
          <p className="empty">You have not allowed any apps on {portal}.</p>
        ) : (
          <ul className="app-list" aria-label="Apps you allowed">
            {view.items.map((consent) => (
              <ConsentRow key={consent.client.client_id} consent={consent} onRevoked={revoked} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function ConsentRow({ consent, onRevoked }: { consent: Consent; onRevoked: (consent: Consent) => void }) {
  const { client } = consent;
  const nameId = useId();
  const scopesId = useId();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function revoke() {
    setPending(true);
    setFailure(null);
    try {
      await revokeConsent(client.client_id);
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? `${client.name} could not be revoked. Try again.`);
      setPending(false);
      return;
    }
    onRevoked(consent);
  }

  return (
    <li className="app-row" aria-labelledby={nameId}>
      <div className="app-row-main">
        <AppIcon client={client} />
        <div className="app-row-text">
          <h2 id={nameId} className="app-row-name">
            {client.name}
          </h2>
          {isWebUrl(client.website_url) ? (
            <a className="app-row-link" href={client.website_url} target="_blank" rel="noopener noreferrer">
              {new URL(client.website_url).host}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : null}
          <p className="muted app-row-meta">
            Allowed on <time dateTime={consent.granted_at}>{grantedOn(consent.granted_at)}</time>
          </p>
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={pending}
          onClick={() => void revoke()}
        >
          Revoke
        </button>
      </div>
      <div className="stack-tight">
        <p id={scopesId} className="app-row-subhead">
          It can:
        </p>
        <ul className="consent-scopes" aria-labelledby={scopesId}>
          {scopeGroupLines(consent.scopes, null).map((line) => (
            <li key={line.name}>
              <span className="scope-group">{line.group}:</span> {line.description}{" "}
              <code className="scope-name">{line.name}</code>
            </li>
          ))}
        </ul>
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
    </li>
  );
}
