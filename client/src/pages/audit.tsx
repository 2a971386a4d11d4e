import { Alert } from "../components/alert.tsx";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { AuditFiltersForm } from "../features/audit/audit-filters.tsx";
import { AuditTable } from "../features/audit/audit-table.tsx";
import { useAuditLog } from "../features/audit/use-audit-log.ts";
import { generalFailure } from "../hooks/action-failures.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useSessionStore } from "../stores/session.ts";

/**
 * `/audit` (docs/pages.md, docs/api.md#audit): heading "Audit log", the current portal's security
 * events newest first, filtered by person, event and day, with "Load more" for older ones.
 */
export function AuditPage() {
  const t = useT();
  usePageTitle(t("audit.heading"));
  const portal = useSessionStore((state) => state.user?.portal?.name);
  const log = useAuditLog();
  const { filter, loadMore } = log;

  return (
    <div className="stack page">
      <PageHeader title={t("audit.heading")}>
        {portal ? t("audit.intro", { portal }) : t("audit.introNoPortal")}
      </PageHeader>
      <AuditFiltersForm onApply={filter} />
      <Loadable
        remote={log}
        loading={t("audit.loading")}
        failure={t("audit.loadFailed")}
        forbidden={portal ? t("audit.forbidden", { portal }) : t("audit.forbiddenNoPortal")}
      >
        {({ events, more, nextBefore }) =>
          events.length === 0 ? (
            <p className="empty">{t("audit.none")}</p>
          ) : (
            <>
              <AuditTable events={events} />
              {typeof more === "object" ? (
                <Alert>{generalFailure(t, more) ?? t("audit.moreFailed")}</Alert>
              ) : null}
              {nextBefore !== null ? (
                <div>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={more === "loading"}
                    onClick={() => void loadMore()}
                  >
                    {more === "loading" ? t("common.loading") : t("audit.loadMore")}
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
