import type { AuditRepository } from "../../audit.ts";
import type { Postgres } from "../queries.ts";
import { audit } from "../tables.ts";

/** The WHERE clause and its values for an `AuditQuery`, numbered from $1. */
function conditions(query: Parameters<AuditRepository["list"]>[0]): { sql: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    clauses.push(clause(`$${values.length}`));
  };
  if (query.portalId === null) clauses.push("cardinality(portal_ids) = 0");
  else if (query.portalId !== undefined) add((p) => `portal_ids @> ARRAY[${p}::text]`, query.portalId);
  if (query.person !== undefined) add((p) => `(user_id = ${p}::text OR email = ${p}::text)`, query.person);
  if (query.event !== undefined) add((p) => `event = ${p}::text`, query.event);
  if (query.before !== undefined) add((p) => `id < ${p}::text`, query.before);
  if (query.since !== undefined) add((p) => `time >= ${p}::bigint`, query.since);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", values };
}

export const postgresAudit = (db: Postgres): AuditRepository => ({
  // One statement per batch: the rows arrive as one JSON array.
  insert: async (events) => {
    if (events.length === 0) return;
    await db.run(
      `INSERT INTO audit_events (${audit.list})
       SELECT ${audit.list} FROM jsonb_to_recordset($1::jsonb) AS e (
         id text, time bigint, portal_ids text[], event text, user_id text, email text,
         address text, user_agent text, details jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(events)],
    );
  },
  list: async (query) => {
    const { sql, values } = conditions(query);
    // The limit is a parameter, so every page size shares one prepared statement (queries.ts).
    return db.rows(
      `SELECT ${audit.list} FROM audit_events ${sql} ORDER BY id DESC LIMIT $${values.length + 1}::int`,
      [...values, Math.max(0, Math.trunc(query.limit))],
    );
  },
  prune: (before) => db.prune(audit, "time < $1::bigint", [before]),
});
