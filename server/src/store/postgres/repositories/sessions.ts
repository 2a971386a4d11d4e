import type { SessionRepository } from "../../sessions.ts";
import type { Postgres } from "../queries.ts";
import { sessions } from "../tables.ts";

export const postgresSessions = (db: Postgres): SessionRepository => ({
  get: db.getter(sessions),
  insert: db.upsert(sessions),
  update: db.update(sessions),
  delete: db.remove(sessions),
  prune: (now, idleSince) =>
    db.prune(sessions, "expires_at <= $1::bigint OR last_seen_at <= $2::bigint", [now, idleSince]),
});
