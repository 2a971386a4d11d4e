import type { CodeRepository } from "../../codes.ts";
import { insertFromWon, insertIfWon } from "../insert-if-won.ts";
import type { Postgres } from "../queries.ts";
import { accessTokens, codes, families, refreshTokens } from "../tables.ts";

export const postgresCodes = (db: Postgres): CodeRepository => ({
  get: db.getter(codes),
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
