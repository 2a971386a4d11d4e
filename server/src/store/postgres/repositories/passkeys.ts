import type { PasskeyRepository } from "../../passkeys.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { passkeys } from "../tables.ts";

export const postgresPasskeys = (db: Postgres): PasskeyRepository => ({
  // The credential ID is the key: a second insert of one changes no row.
  insert: async (passkey) => {
    const inserted = await db.run(
      `INSERT INTO passkeys (${passkeys.list}) VALUES (${passkeys.placeholders()}) ON CONFLICT DO NOTHING`,
      passkeys.values(passkey),
    );
    return inserted === 1;
  },
  findByCredentialId: db.getter(passkeys),
  get: (id) => db.row(`SELECT ${passkeys.list} FROM passkeys WHERE id = $1`, [id]),
  listByUser: (userId) =>
    db.rows(`SELECT ${passkeys.list} FROM passkeys WHERE user_id = $1 ORDER BY created_at, id`, [userId]),
  // One compare-and-set statement: of uses racing from one counter, only one changes the row.
  recordUse: async (credentialId, { from, counter, at }) => {
    if (namesUnstorable([credentialId])) return false;
    const changed = await db.run(
      `UPDATE passkeys SET counter = $3::bigint, last_used_at = $4::bigint
       WHERE credential_id = $1 AND counter = $2::bigint`,
      [credentialId, from, counter, at],
    );
    return changed === 1;
  },
  rename: async (id, name) => {
    if (namesUnstorable([id])) return;
    await db.run("UPDATE passkeys SET name = $2::text WHERE id = $1", [id, name]);
  },
  delete: async (id) => {
    if (namesUnstorable([id])) return;
    await db.run("DELETE FROM passkeys WHERE id = $1", [id]);
  },
  deleteByUser: async (userId) => {
    if (namesUnstorable([userId])) return 0;
    return db.run("DELETE FROM passkeys WHERE user_id = $1", [userId]);
  },
});
