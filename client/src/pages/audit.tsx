import { Alert } from "../components/alert.tsx";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { AuditFiltersForm } from "../features/audit/audit-filters.tsx";
import { AuditTable } from "../features/audit/audit-table.tsx";
import { useAuditLog } from "../features/audit/use-audit-log.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useSessionStore } from "../stores/session.ts";

/**
 * `/audit` (docs/pages.md, docs/api.md#audit): heading "Audit log", the current portal's security
 * events newest first, filtered by person, event and day, with "Load more" for older ones.
 */
export function AuditPage() {
  usePageTitle("Audit log");
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const log = useAuditLog();
  const { filter, loadMore } = log;

  return (
    <div className="stack page">
      <PageHeader title="Audit log">
        Who signed in to {portal}, which apps they allowed, and who changed what.
      </PageHeader>
      <AuditFiltersForm onApply={filter} />
      <Loadable remote={log} loading="Loading events…" failure="The audit log could not be loaded.">
        {({ events, more, nextBefore }) =>
          events.length === 0 ? (
            <p className="empty">No events match these filters.</p>
          ) : (
            <>
              <AuditTable events={events} />
              {typeof more === "object" ? (
                <Alert>{more.description ?? "More events could not be loaded."}</Alert>
              ) : null}
              {nextBefore !== null ? (
                <div>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={more === "loading"}
                    onClick={() => void loadMore()}
                  >
                    {more === "loading" ? "Loading…" : "Load more"}
                  </button>
                </div>
              ) : null}
            </>
          )
        }
      </Loadable>
    </div>
  );
}
