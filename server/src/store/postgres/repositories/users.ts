import type { UserRepository } from "../../users.ts";
import type { Postgres } from "../queries.ts";
import { users } from "../tables.ts";

export const postgresUsers = (db: Postgres): UserRepository => ({
  get: db.getter(users),
  // `lower(email)` finds the index; the exact comparison keeps the lowdb engine's semantics.
  findByEmail: (email) =>
    db.row(`SELECT ${users.list} FROM users WHERE lower(email) = lower($1) AND email = $1`, [email]),
  // The containment value is built from a text parameter, so the id is compared as text is (see queries.ts).
  listByPortal: (portalId) =>
    db.rows(
      `SELECT ${users.list} FROM users
       WHERE accounts @> jsonb_build_array(jsonb_build_object('portal_id', $1::text)) ORDER BY email`,
      [portalId],
    ),
  insert: db.upsert(users),
  update: db.update(users),
});
