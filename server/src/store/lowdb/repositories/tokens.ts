import type { IssuedTokens, TokenRepository } from "../../tokens.ts";
import type { Change } from "../journal.ts";
import type { Lowdb } from "../tables.ts";

/** The changes that store what a redemption issues; a family stored before (a racing redemption) is kept as it is. */
export function issue({ tables }: Lowdb, { family, refreshToken, accessToken }: IssuedTokens): Change[] {
  return [
    ...(tables.families.has(family.id) ? [] : [tables.families.put(family.id, family)]),
    tables.refresh_tokens.put(refreshToken.token_hash, refreshToken),
    tables.access_tokens.put(accessToken.jti, accessToken),
  ];
}

// Atomic: each check and its change happen in one turn of the event loop, before the first await.
export const lowdbTokens = (db: Lowdb): TokenRepository => {
  const { families, refresh_tokens, access_tokens } = db.tables;
  return {
    insertFamily: (issued) => db.commit(issue(db, issued)),
    getFamily: async (id) => families.read(id),
    revokeFamily: async (id, at) => {
      const family = families.peek(id);
      if (!family || family.revoked_at !== null) return;
      await db.commit([families.put(id, { ...family, revoked_at: at })]);
    },
    getRefreshToken: async (tokenHash) => refresh_tokens.read(tokenHash),
    getAccessToken: async (jti) => access_tokens.read(jti),
    rotateRefreshToken: async (tokenHash, at, { refreshToken, accessToken, successor }) => {
      const current = refresh_tokens.peek(tokenHash);
      if (!current || current.rotated_at !== null) return false;
      await db.commit([
        refresh_tokens.put(tokenHash, { ...current, rotated_at: at, successor }),
        refresh_tokens.put(refreshToken.token_hash, refreshToken),
        access_tokens.put(accessToken.jti, accessToken),
      ]);
      return true;
    },
    revokeAccessToken: async (jti, at) => {
      const token = access_tokens.peek(jti);
      if (!token || token.revoked_at !== null) return;
      await db.commit([access_tokens.put(jti, { ...token, revoked_at: at })]);
    },
  };
};
