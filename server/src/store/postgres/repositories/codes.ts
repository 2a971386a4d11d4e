import type { CodeRepository } from "../../codes.ts";
import type { Postgres } from "../queries.ts";
import { accessTokens, codes, families, refreshTokens } from "../tables.ts";

export const postgresCodes = (db: Postgres): CodeRepository => ({
  get: db.getter(codes),
  insert: db.upsert(codes),
  // One statement: what it issues is inserted only from the row the compare-and-set consumed.
  redeem: async (codeHash, at, { family, refreshToken, accessToken }) => {
    const familyAt = 2;
    const refreshAt = familyAt + families.values(family).length;
    const accessAt = refreshAt + refreshTokens.values(refreshToken).length;
    const [result] = await db.rows<{ redeemed: number }>(
      `WITH consumed AS (
         UPDATE codes SET consumed_at = $2::bigint
         WHERE code_hash = $1 AND consumed_at IS NULL
         RETURNING code_hash
       ), family AS (
         INSERT INTO token_families (${families.list})
         SELECT ${families.placeholders(familyAt)} FROM consumed
         ON CONFLICT (id) DO NOTHING
       ), refresh AS (
         INSERT INTO refresh_tokens (${refreshTokens.list})
         SELECT ${refreshTokens.placeholders(refreshAt)} FROM consumed
       ), access AS (
         INSERT INTO access_tokens (${accessTokens.list})
         SELECT ${accessTokens.placeholders(accessAt)} FROM consumed
       )
       SELECT count(*)::int AS redeemed FROM consumed`,
      [
        codeHash,
        at,
        ...families.values(family),
        ...refreshTokens.values(refreshToken),
        ...accessTokens.values(accessToken),
      ],
    );
    return result?.redeemed === 1;
  },
  delete: db.remove(codes),
  prune: (now) => db.prune(codes, "expires_at <= $1::bigint", [now]),
});
