import { type AuditEvent, auditEventNameSchema } from "@gatehouse/shared/schemas/audit";
import type { AuditEventRecord, AuditQuery, Store } from "../store/types.ts";

/** A cursor for the events before an instant: sorts before every id of that millisecond and after. */
export const cursorAt = (time: number): string => `${String(time).padStart(15, "0")}0000000000000000`;

/** An event as `GET /api/audit` answers it, seen from `portalId` (docs/api.md#audit). */
export function auditEventView(record: AuditEventRecord, portalId: string | null): AuditEvent {
  return {
    id: record.id,
    time: new Date(record.time).toISOString(),
    portal_id: portalId,
    // Only names of the catalogue are recorded (`recordAudit` takes no other); parsed all the same.
    event: auditEventNameSchema.parse(record.event),
    person: record.user_id && record.email ? { user_id: record.user_id, email: record.email } : null,
    address: record.address,
    user_agent: record.user_agent,
    details: record.details,
  };
}

/** One page of a portal's events, newest first, and the cursor of the next one (null: no more). */
export async function listAuditEvents(
  { store }: { store: Pick<Store, "audit"> },
  query: AuditQuery,
): Promise<{ events: AuditEventRecord[]; nextBefore: string | null }> {
  // One more than asked tells whether another page exists.
  const found = await store.audit.list({ ...query, limit: query.limit + 1 });
  const events = found.slice(0, query.limit);
  const last = events[events.length - 1];
  return { events, nextBefore: found.length > query.limit && last ? last.id : null };
}

/**
 * Every event of `portalId` (null: of no portal; undefined: all) at or after `since` (ms), newest
 * first, a page at a time: for `gatehouse audit export`. @see docs/operations.md#audit-log
 */
export async function* auditEventsSince(
  deps: { store: Pick<Store, "audit"> },
  { portalId, since, pageSize = 500 }: { portalId?: string | null; since?: number; pageSize?: number },
): AsyncGenerator<AuditEventRecord> {
  let before: string | undefined;
  for (;;) {
    const query: AuditQuery = { limit: pageSize };
    if (portalId !== undefined) query.portalId = portalId;
    if (since !== undefined) query.since = since;
    if (before !== undefined) query.before = before;
    const { events, nextBefore } = await listAuditEvents(deps, query);
    yield* events;
    if (nextBefore === null) return;
    before = nextBefore;
  }
}
