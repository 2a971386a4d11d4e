import type { SessionRepository } from "../../sessions.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { sessions } from "../tables.ts";

export const postgresSessions = (db: Postgres): SessionRepository => ({
  get: db.getter(sessions),
  insert: db.upsert(sessions),
  update: db.update(sessions),
  delete: db.remove(sessions),
  // One statement: the row is renamed or, ended meanwhile, not found.
  rename: async (oldIdHash, newIdHash) =>
    !namesUnstorable([oldIdHash, newIdHash]) &&
    (await db.run("UPDATE sessions SET id_hash = $2 WHERE id_hash = $1", [oldIdHash, newIdHash])) === 1,
  listByUser: (userId) =>
    db.rows(
      `SELECT ${sessions.list} FROM sessions WHERE user_id = $1 ORDER BY created_at, id_hash COLLATE "C"`,
      [userId],
    ),
  deleteByUser: async (userId, keepIdHash) =>
    namesUnstorable([userId])
      ? 0
      : db.run("DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR id_hash <> $2::text)", [
          userId,
          keepIdHash,
        ]),
  prune: (now, idleSince) =>
    db.prune(sessions, "expires_at <= $1::bigint OR last_seen_at <= $2::bigint", [now, idleSince]),
});
