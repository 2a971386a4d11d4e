import type { Client } from "@gatehouse/shared";
import { useId } from "react";
import { setClientEnabled } from "../../api/clients.ts";
import { Alert } from "../../components/alert.tsx";
import { AppRowHeader } from "../../components/app-row-header.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { ClientIdLine } from "./client-credentials.tsx";

interface AppRowProps {
  client: Client;
  onChanged: (client: Client) => void;
  onEdit: () => void;
  onRegenerate: () => void;
  onDelete: () => void;
}

/** One registered app: what kind of client it is, its switch, its client ID and what can be done to it. */
export function AppRow({ client, onChanged, onEdit, onRegenerate, onDelete }: AppRowProps) {
  const t = useT();
  const nameId = useId();
  const toggle = useAction(async () => onChanged(await setClientEnabled(client.client_id, !client.enabled)), {
    failure: t(client.enabled ? "apps.row.disableFailed" : "apps.row.enableFailed", { app: client.name }),
  });

  return (
    <li className="app-row" aria-labelledby={nameId}>
      <div className="app-row-main">
        <AppRowHeader client={client} nameId={nameId} level={3}>
          {client.description ? <p className="muted app-row-description">{client.description}</p> : null}
          <p className="app-row-kind">
            <span className="badge badge-neutral">
              {t(client.allow_pkce ? "apps.row.public" : "apps.row.confidential")}
            </span>
            {client.enabled ? null : <span className="badge badge-warning">{t("apps.row.disabled")}</span>}
          </p>
        </AppRowHeader>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={client.enabled}
          // Not `disabled`: that would drop the keyboard focus while the change is on its way.
          aria-disabled={toggle.pending || undefined}
          onClick={() => void toggle.run()}
        >
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          <span className="switch-label">{t("apps.row.enabled")}</span>
        </button>
      </div>
      <ClientIdLine clientId={client.client_id} />
      {toggle.failure ? <Alert>{toggle.failure}</Alert> : null}
      <div className="row-actions">
        <button type="button" className="button button-secondary button-small" onClick={onEdit}>
          {t("apps.row.edit")}
        </button>
        {client.allow_pkce ? null : (
          <button type="button" className="button button-secondary button-small" onClick={onRegenerate}>
            {t("apps.row.regenerate")}
          </button>
        )}
        <button type="button" className="button button-danger-quiet button-small" onClick={onDelete}>
          {t("apps.row.delete")}
        </button>
      </div>
    </li>
  );
}
