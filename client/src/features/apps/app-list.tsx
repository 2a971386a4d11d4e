import type { Client } from "@gatehouse/shared";
import { useId } from "react";
import { useT } from "../../hooks/use-intl.ts";
import { AppRow } from "./app-row.tsx";

interface AppListProps {
  /** The current portal's name; null when none is chosen. */
  portal: string | null;
  clients: Client[];
  onChanged: (client: Client) => void;
  onEdit: (client: Client) => void;
  onRegenerate: (client: Client) => void;
  onDelete: (client: Client) => void;
}

/** The portal's registered apps, one row each (docs/pages.md#settings), or the news that there are none yet. */
export function AppList({ portal, clients, onChanged, onEdit, onRegenerate, onDelete }: AppListProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="stack-tight" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t("apps.list.registered")}
      </h2>
      {clients.length === 0 ? (
        <p className="empty">{portal ? t("apps.list.empty", { portal }) : t("apps.list.emptyNoPortal")}</p>
      ) : (
        <ul className="app-list">
          {clients.map((client) => (
            <AppRow
              key={client.client_id}
              client={client}
              onChanged={onChanged}
              onEdit={() => onEdit(client)}
              onRegenerate={() => onRegenerate(client)}
              onDelete={() => onDelete(client)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
