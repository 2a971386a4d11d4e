import type { OneTimeTokenRepository } from "../../one-time-tokens.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { oneTimeTokens } from "../tables.ts";

export const postgresOneTimeTokens = (db: Postgres): OneTimeTokenRepository => ({
  insert: db.upsert(oneTimeTokens),
  get: db.getter(oneTimeTokens),
  // One compare-and-set statement: of callers racing on one token, only one gets a row back.
  consume: async (tokenHash, at) => {
    if (namesUnstorable([tokenHash])) return null;
    return db.row(
      `UPDATE one_time_tokens SET consumed_at = $2::bigint
       WHERE token_hash = $1 AND consumed_at IS NULL RETURNING ${oneTimeTokens.list}`,
      [tokenHash, at],
    );
  },
  listInvitations: (portalId) =>
    db.rows(
      `SELECT ${oneTimeTokens.list} FROM one_time_tokens
       WHERE kind = 'invitation' AND consumed_at IS NULL AND portal_id = $1 ORDER BY created_at, id`,
      [portalId],
    ),
  delete: async (id) => {
    if (namesUnstorable([id])) return;
    await db.run("DELETE FROM one_time_tokens WHERE id = $1", [id]);
  },
  prune: (now) => db.prune(oneTimeTokens, "expires_at <= $1::bigint", [now]),
});
