import type { AuditEvent } from "@gatehouse/shared/schemas/audit";
import { useCallback, useEffect, useRef, useState } from "react";
import { listAuditEvents } from "../../api/audit.ts";
import { type ApiError, toApiError } from "../../api/http.ts";
import { type AuditFilters, auditQuery, EMPTY_FILTERS } from "./audit-query.ts";

export type AuditLogView =
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError }
  | { kind: "ready"; events: AuditEvent[]; nextBefore: string | null; more: "idle" | "loading" | ApiError };

/**
 * The events the filters select, a page at a time: `filter` starts again from the newest, `loadMore`
 * appends the next (older) page by its cursor. Only the newest request's answer counts.
 */
export function useAuditLog() {
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_FILTERS);
  const [view, setView] = useState<AuditLogView>({ kind: "loading" });
  const latest = useRef(0);

  const loadFirst = useCallback(async (selected: AuditFilters) => {
    const ticket = ++latest.current;
    setView({ kind: "loading" });
    try {
      const page = await listAuditEvents(auditQuery(selected, null));
      if (ticket === latest.current) {
        setView({ kind: "ready", events: page.events, nextBefore: page.next_before, more: "idle" });
      }
    } catch (cause) {
      const error = await toApiError(cause);
      if (ticket === latest.current) setView({ kind: "failed", error });
    }
  }, []);

  useEffect(() => {
    void loadFirst(filters);
  }, [filters, loadFirst]);

  const loadMore = useCallback(async () => {
    if (view.kind !== "ready" || view.nextBefore === null || view.more === "loading") return;
    const ticket = ++latest.current;
    setView({ ...view, more: "loading" });
    try {
      const page = await listAuditEvents(auditQuery(filters, view.nextBefore));
      if (ticket !== latest.current) return;
      setView({
        kind: "ready",
        events: [...view.events, ...page.events],
        nextBefore: page.next_before,
        more: "idle",
      });
    } catch (cause) {
      const error = await toApiError(cause);
      if (ticket === latest.current) setView({ ...view, more: error });
    }
  }, [filters, view]);

  return { view, filter: setFilters, retry: () => void loadFirst(filters), loadMore };
}
