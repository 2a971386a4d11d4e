import type { CodeRepository } from "../../codes.ts";
import { insertFromWon, insertIfWon } from "../insert-if-won.ts";
import type { Postgres } from "../queries.ts";
import { accessTokens, codes, families, grants, refreshTokens, users } from "../tables.ts";

export const postgresCodes = (db: Postgres): CodeRepository => ({
  get: db.getter(codes),
  // One round trip for what a redemption reads (docs/operations.md#postgresql).
  getWithGrant: async (codeHash) => {
    const row = await db.row<Record<string, unknown>>(
      `SELECT ${codes.aliased("c")}, ${grants.aliased("g")}, ${users.aliased("u")}
       FROM codes c LEFT JOIN grants g ON g.id = c.grant_id LEFT JOIN users u ON u.id = c.user_id
       WHERE c.code_hash = $1`,
      [codeHash],
    );
    const code = row && codes.fromAliased(row, "c");
    return row && code && { code, grant: grants.fromAliased(row, "g"), user: users.fromAliased(row, "u") };
  },
  insert: db.upsert(codes),
  // The code is consumed and its tokens inserted in one statement: a racing second redemption inserts nothing.
  redeem: (codeHash, at, { family, refreshToken, accessToken }) =>
    insertIfWon(
      db,
      "UPDATE codes SET consumed_at = $2::bigint WHERE code_hash = $1 AND consumed_at IS NULL RETURNING code_hash",
      [codeHash, at],
      [
        insertFromWon(families, family, "ON CONFLICT (id) DO NOTHING"),
        insertFromWon(refreshTokens, refreshToken),
        insertFromWon(accessTokens, accessToken),
      ],
    ),
  delete: db.remove(codes),
  prune: (now) => db.prune(codes, "expires_at <= $1::bigint", [now]),
});
