import type { OneTimeTokenRepository } from "../../one-time-tokens.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { oneTimeTokens } from "../tables.ts";
import { postgresSingleUse } from "./single-use.ts";

export const postgresOneTimeTokens = (db: Postgres): OneTimeTokenRepository => ({
  ...postgresSingleUse(db, oneTimeTokens),
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
});
