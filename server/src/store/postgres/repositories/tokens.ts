import type { TokenRepository } from "../../tokens.ts";
import { insertFromWon, insertIfWon } from "../insert-if-won.ts";
import type { Postgres } from "../queries.ts";
import { accessTokens, families, grants, refreshTokens, users } from "../tables.ts";

export const postgresTokens = (db: Postgres): TokenRepository => ({
  // A racing second redemption of one code stores its tokens under the family the first created.
  insertFamily: async ({ family, refreshToken, accessToken }) => {
    const refreshAt = families.values(family).length;
    const accessAt = refreshAt + refreshTokens.values(refreshToken).length;
    await db.run(
      `WITH family AS (
         INSERT INTO token_families (${families.list}) VALUES (${families.placeholders()})
         ON CONFLICT (id) DO NOTHING
       ), refresh AS (
         INSERT INTO refresh_tokens (${refreshTokens.list}) VALUES (${refreshTokens.placeholders(refreshAt)})
       )
       INSERT INTO access_tokens (${accessTokens.list}) VALUES (${accessTokens.placeholders(accessAt)})`,
      [
        ...families.values(family),
        ...refreshTokens.values(refreshToken),
        ...accessTokens.values(accessToken),
      ],
    );
  },
  getFamily: db.getter(families),
  revokeFamily: async (id, at) => {
    await db.run("UPDATE token_families SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", [id, at]);
  },
  getRefreshToken: db.getter(refreshTokens),
  // One round trip for what a rotation reads (docs/operations.md#postgresql).
  getRefreshTokenWithGrant: async (tokenHash) => {
    const row = await db.row<Record<string, unknown>>(
      `SELECT ${refreshTokens.aliased("r")}, ${families.aliased("f")}, ${grants.aliased("g")}, ${users.aliased("u")}
       FROM refresh_tokens r LEFT JOIN token_families f ON f.id = r.family_id
       LEFT JOIN grants g ON g.id = f.grant_id LEFT JOIN users u ON u.id = f.user_id
       WHERE r.token_hash = $1`,
      [tokenHash],
    );
    const token = row && refreshTokens.fromAliased(row, "r");
    if (!row || !token) return null;
    return {
      token,
      family: families.fromAliased(row, "f"),
      grant: grants.fromAliased(row, "g"),
      user: users.fromAliased(row, "u"),
    };
  },
  getAccessToken: db.getter(accessTokens),
  // The token is marked rotated and its successors inserted in one statement: a racing second rotation inserts nothing.
  rotateRefreshToken: (tokenHash, at, { refreshToken, accessToken, successor }) =>
    insertIfWon(
      db,
      `UPDATE refresh_tokens SET rotated_at = $2::bigint, successor = $3::jsonb
       WHERE token_hash = $1 AND rotated_at IS NULL RETURNING token_hash`,
      [tokenHash, at, successor === null ? null : JSON.stringify(successor)],
      [insertFromWon(refreshTokens, refreshToken), insertFromWon(accessTokens, accessToken)],
    ),
  revokeAccessToken: async (jti, at) => {
    await db.run("UPDATE access_tokens SET revoked_at = $2 WHERE jti = $1 AND revoked_at IS NULL", [jti, at]);
  },
  // Tokens first, then the families they leave empty: a family is never gone while a token of it stays.
  prune: async (now) => {
    const ofRevokedFamily = `family_id IN (SELECT id FROM token_families WHERE revoked_at IS NOT NULL)`;
    const accessPruned = await db.prune(accessTokens, `expires_at <= $1::bigint OR ${ofRevokedFamily}`, [
      now,
    ]);
    const refreshPruned = await db.prune(
      refreshTokens,
      `(expires_at <= $1::bigint AND (successor IS NULL OR (successor->>'until')::bigint < $1::bigint))
       OR ${ofRevokedFamily}`,
      [now],
    );
    const familiesPruned = await db.prune(
      families,
      `revoked_at IS NOT NULL OR (
         NOT EXISTS (SELECT 1 FROM refresh_tokens WHERE refresh_tokens.family_id = token_families.id)
         AND NOT EXISTS (SELECT 1 FROM access_tokens WHERE access_tokens.family_id = token_families.id))`,
      [],
    );
    return accessPruned + refreshPruned + familiesPruned;
  },
});
