import type { OneTimeTokenRepository } from "../../one-time-tokens.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { oneTimeTokens } from "../tables.ts";

export const postgresOneTimeTokens = (db: Postgres): OneTimeTokenRepository => ({
  insert: db.upsert(oneTimeTokens),
  get: db.getter(oneTimeTokens),
  consume: db.consumer(oneTimeTokens),
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
