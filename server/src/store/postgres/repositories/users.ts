import type { UserRepository } from "../../users.ts";
import type { Postgres } from "../queries.ts";
import { users } from "../tables.ts";

export const postgresUsers = (db: Postgres): UserRepository => ({
  get: db.getter(users),
  // `lower(email)` finds the index; the exact comparison keeps the lowdb engine's semantics.
  findByEmail: (email) =>
    db.row(`SELECT ${users.list} FROM users WHERE lower(email) = lower($1) AND email = $1`, [email]),
  listByPortal: (portalId) =>
    db.rows(`SELECT ${users.list} FROM users WHERE accounts @> $1::jsonb ORDER BY email`, [
      JSON.stringify([{ portal_id: portalId }]),
    ]),
  insert: db.upsert(users),
  update: db.update(users),
});
