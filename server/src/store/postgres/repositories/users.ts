import type { UserChanges, UserRepository } from "../../users.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { users } from "../tables.ts";

/** The columns `change` may write, with their types: never a name taken from the caller. */
const CHANGEABLE: { [K in keyof Required<UserChanges>]: string } = {
  display_name: "text",
  password_hash: "text",
  disabled: "boolean",
  last_sign_in_at: "bigint",
};

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
  change: async (id, changes) => {
    if (namesUnstorable([id])) return false;
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [column, type] of Object.entries(CHANGEABLE)) {
      if (!Object.hasOwn(changes, column)) continue;
      values.push(changes[column as keyof UserChanges]);
      sets.push(`${column} = $${values.length}::${type}`);
    }
    if (sets.length === 0) return (await db.row("SELECT 1 FROM users WHERE id = $1", [id])) !== null;
    return (await db.run(`UPDATE users SET ${sets.join(", ")} WHERE id = $1`, values)) === 1;
  },
  // One statement: the row lock orders concurrent changes, each applied to the row as the last one left it.
  setAccount: async (id, account) => {
    if (namesUnstorable([id])) return false;
    const changed = await db.run(
      `UPDATE users SET accounts = CASE
         WHEN accounts @> jsonb_build_array(jsonb_build_object('portal_id', $2::text)) THEN (
           SELECT jsonb_agg(CASE WHEN a ->> 'portal_id' = $2::text THEN $3::jsonb ELSE a END ORDER BY i)
           FROM jsonb_array_elements(accounts) WITH ORDINALITY AS t(a, i))
         ELSE accounts || jsonb_build_array($3::jsonb) END
       WHERE id = $1`,
      [id, account.portal_id, JSON.stringify({ portal_id: account.portal_id, role: account.role })],
    );
    return changed === 1;
  },
  removeAccount: async (id, portalId) => {
    if (namesUnstorable([id])) return;
    await db.run(
      `UPDATE users SET accounts = coalesce((
         SELECT jsonb_agg(a ORDER BY i) FROM jsonb_array_elements(accounts) WITH ORDINALITY AS t(a, i)
         WHERE a ->> 'portal_id' <> $2::text), '[]'::jsonb)
       WHERE id = $1`,
      [id, portalId],
    );
  },
});
