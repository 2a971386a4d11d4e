import type { AuditEventRecord, AuditQuery, AuditRepository } from "../../audit.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

/** Whether `event` is one of those `query` selects (everything but the order and the limit). */
function selects(query: AuditQuery, event: AuditEventRecord): boolean {
  const { portalId, person, before, since } = query;
  if (portalId === null && event.portal_ids.length > 0) return false;
  if (typeof portalId === "string" && !event.portal_ids.includes(portalId)) return false;
  if (person !== undefined && event.user_id !== person && event.email !== person) return false;
  if (query.event !== undefined && event.event !== query.event) return false;
  if (before !== undefined && event.id >= before) return false;
  return since === undefined || event.time >= since;
}

// A scan per query: the embedded engine serves one process and a bounded retention.
export const lowdbAudit = ({ tables: { audit }, commit }: Lowdb): AuditRepository => ({
  insert: async (events) => {
    if (events.length > 0) await commit(events.map((event) => audit.put(event.id, event)));
  },
  list: async (query) =>
    audit
      .readWhere((event) => selects(query, event))
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, query.limit),
  prune: (before) => pruneWhere({ commit }, audit, (event) => event.time < before),
});
