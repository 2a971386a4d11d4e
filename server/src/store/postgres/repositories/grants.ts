import type { GrantRecord, GrantRepository } from "../../grants.ts";
import type { Postgres } from "../queries.ts";
import { grants } from "../tables.ts";

export const postgresGrants = (db: Postgres): GrantRepository => ({
  get: db.getter(grants),
  find: (userId, portalId, clientId) =>
    db.row(`SELECT ${grants.list} FROM grants WHERE user_id = $1 AND portal_id = $2 AND client_id = $3`, [
      userId,
      portalId,
      clientId,
    ]),
  // One statement: the unique index on the triple decides between two first consents racing.
  save: async (grant) => {
    const saved = await db.row<GrantRecord>(
      `INSERT INTO grants (${grants.list}) VALUES (${grants.placeholders()})
       ON CONFLICT (user_id, portal_id, client_id)
       DO UPDATE SET scopes = EXCLUDED.scopes, updated_at = EXCLUDED.updated_at
       RETURNING ${grants.list}`,
      grants.values(grant),
    );
    if (!saved) throw new Error("the grant was not stored");
    return saved;
  },
  revoke: async (id, at) => {
    await db.run(
      `WITH deleted AS (DELETE FROM grants WHERE id = $1)
       UPDATE token_families SET revoked_at = $2 WHERE grant_id = $1 AND revoked_at IS NULL`,
      [id, at],
    );
  },
  listByClient: (clientId) =>
    db.rows(`SELECT ${grants.list} FROM grants WHERE client_id = $1 ORDER BY created_at, id`, [clientId]),
  listByUserAndPortal: (userId, portalId) =>
    db.rows(
      `SELECT ${grants.list} FROM grants WHERE user_id = $1 AND portal_id = $2 ORDER BY created_at, id`,
      [userId, portalId],
    ),
});
