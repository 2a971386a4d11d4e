import type { Client } from "@gatehouse/shared";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { deleteClient, listClients, regenerateClientSecret, setClientEnabled } from "../api/clients.ts";
import { toApiError } from "../api/http.ts";
import { Alert } from "../components/alert.tsx";
import { AppIcon } from "../components/app-icon.tsx";
import { ClientIdLine, ClientSecretField } from "../components/client-credentials.tsx";
import { Dialog } from "../components/dialog.tsx";
import { LoadFailure } from "../components/load-failure.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useRemoteList } from "../components/use-remote-list.ts";
import { editAppPath, paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

type Confirming = { action: "regenerate" | "delete"; client: Client } | null;

/** What the edit page leaves in the history entry, so the list can say the change was saved. */
export interface SavedNotice {
  saved: string;
}

function isSavedNotice(state: unknown): state is SavedNotice {
  return typeof state === "object" && state !== null && typeof (state as SavedNotice).saved === "string";
}

/**
 * `/developer-tools/oauth` (contract §10, §11): heading "OAuth 2.0", button "Register a new application",
 * one row per app of the current portal with its name, icon and client ID.
 */
export function DeveloperToolsPage() {
  usePageTitle("OAuth 2.0 – Developer tools");
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const navigate = useNavigate();
  const location = useLocation();
  const { view, retry, update } = useRemoteList(listClients);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [secret, setSecret] = useState<{ client: Client; value: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(
    isSavedNotice(location.state) ? `${location.state.saved} was saved.` : null,
  );
  const [focusHeading, setFocusHeading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const listHeadingId = useId();

  function replace(client: Client) {
    update((clients) => clients.map((entry) => (entry.client_id === client.client_id ? client : entry)));
  }

  function removed(client: Client) {
    update((clients) => clients.filter((entry) => entry.client_id !== client.client_id));
    setNotice(`${client.name} was deleted.`);
    setFocusHeading(true);
  }

  useEffect(() => {
    // Its row and buttons are gone: once the dialog has closed, the heading is the next sure place for the keyboard.
    if (!focusHeading) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  const forbidden = view.kind === "failed" && view.error.status === 403;

  return (
    <div className="stack page">
      <div className="page-header">
        <div className="stack-tight">
          <p className="eyebrow">Developer tools</p>
          <h1 ref={heading} tabIndex={-1}>
            OAuth 2.0
          </h1>
          <p className="muted">
            Register the applications that sign people in with Gatehouse and use the DocSpace API on their
            behalf. Apps registered here belong to {portal}. Switching an app off, or deleting it, ends every
            grant people gave it.
          </p>
        </div>
        {forbidden ? null : (
          <button
            type="button"
            className="button button-primary page-header-action"
            onClick={() => navigate(paths.registerApp)}
          >
            Register a new application
          </button>
        )}
      </div>

      {notice ? (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      ) : null}

      {view.kind === "loading" ? <LoadingStatus label="Loading apps…" /> : null}
      {view.kind === "failed" ? (
        forbidden ? (
          <Alert>Only owners and admins of {portal} can manage apps.</Alert>
        ) : (
          <LoadFailure message={view.error.description ?? "The apps could not be loaded."} onRetry={retry} />
        )
      ) : null}
      {view.kind === "ready" ? (
        <section className="stack-tight" aria-labelledby={listHeadingId}>
          <h2 id={listHeadingId} className="visually-hidden">
            Registered apps
          </h2>
          {view.items.length === 0 ? (
            <p className="empty">
              No apps are registered on {portal} yet. Register one to let it sign people in with Gatehouse.
            </p>
          ) : (
            <ul className="app-list">
              {view.items.map((client) => (
                <AppRow
                  key={client.client_id}
                  client={client}
                  onChanged={replace}
                  onEdit={() => navigate(editAppPath(client.client_id))}
                  onRegenerate={() => setConfirming({ action: "regenerate", client })}
                  onDelete={() => setConfirming({ action: "delete", client })}
                />
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {confirming?.action === "regenerate" ? (
        <ConfirmDialog
          title={`Regenerate the secret of ${confirming.client.name}?`}
          confirmLabel="Create new secret"
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            const value = await regenerateClientSecret(confirming.client.client_id);
            setConfirming(null);
            setSecret({ client: confirming.client, value });
          }}
        >
          <p>
            The current secret stops working at once: {confirming.client.name} cannot redeem codes or refresh
            tokens until it is given the new one.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming?.action === "delete" ? (
        <ConfirmDialog
          title={`Delete ${confirming.client.name}?`}
          confirmLabel="Delete app"
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            await deleteClient(confirming.client.client_id);
            setConfirming(null);
            removed(confirming.client);
          }}
        >
          <p>
            Everyone who allowed {confirming.client.name} loses that grant: its tokens stop working at once.
            This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
      {secret ? (
        <Dialog title={`New client secret for ${secret.client.name}`} onClose={() => setSecret(null)}>
          <ClientIdLine clientId={secret.client.client_id} />
          <ClientSecretField secret={secret.value} />
          <div>
            <button type="button" className="button button-primary" onClick={() => setSecret(null)}>
              Done
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

interface AppRowProps {
  client: Client;
  onChanged: (client: Client) => void;
  onEdit: () => void;
  onRegenerate: () => void;
  onDelete: () => void;
}

function AppRow({ client, onChanged, onEdit, onRegenerate, onDelete }: AppRowProps) {
  const nameId = useId();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setFailure(null);
    try {
      onChanged(await setClientEnabled(client.client_id, !client.enabled));
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(
        error.description ?? `${client.name} could not be ${client.enabled ? "disabled" : "enabled"}.`,
      );
    }
    setPending(false);
  }

  return (
    <li className="app-row" aria-labelledby={nameId}>
      <div className="app-row-main">
        <AppIcon client={client} />
        <div className="app-row-text">
          <h3 id={nameId} className="app-row-name">
            {client.name}
          </h3>
          {client.description ? <p className="muted app-row-description">{client.description}</p> : null}
          <p className="app-row-kind">
            <span className="badge badge-neutral">
              {client.allow_pkce ? "Public client (PKCE)" : "Confidential client"}
            </span>
            {client.enabled ? null : <span className="badge badge-warning">Disabled</span>}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={client.enabled}
          // Not `disabled`: that would drop the keyboard focus while the change is on its way.
          aria-disabled={pending || undefined}
          onClick={() => (pending ? undefined : void toggle())}
        >
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          <span className="switch-label">Enabled</span>
        </button>
      </div>
      <ClientIdLine clientId={client.client_id} />
      {failure ? <Alert>{failure}</Alert> : null}
      <div className="row-actions">
        <button type="button" className="button button-secondary button-small" onClick={onEdit}>
          Edit
        </button>
        {client.allow_pkce ? null : (
          <button type="button" className="button button-secondary button-small" onClick={onRegenerate}>
            Regenerate secret
          </button>
        )}
        <button type="button" className="button button-danger-quiet button-small" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  children: ReactNode;
  onCancel: () => void;
  /** Throws to keep the dialog open with the failure shown. */
  onConfirm: () => Promise<void>;
}

function ConfirmDialog({
  title,
  confirmLabel,
  danger = false,
  children,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? "That did not work. Try again.");
      setPending(false);
    }
  }

  return (
    <Dialog title={title} onClose={() => (pending ? undefined : onCancel())}>
      {children}
      {failure ? <Alert>{failure}</Alert> : null}
      <div className="dialog-actions">
        {/* First, so the dialog opens with the harmless choice focused. */}
        <button type="button" className="button button-secondary" disabled={pending} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={danger ? "button button-danger" : "button button-primary"}
          disabled={pending}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
