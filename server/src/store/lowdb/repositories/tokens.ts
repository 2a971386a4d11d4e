import type { IssuedTokens, TokenRepository } from "../../tokens.ts";
import type { Change } from "../journal.ts";
import { pruneWhere } from "../prune-where.ts";
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
  const { families, refresh_tokens, access_tokens, grants, users } = db.tables;
  return {
    insertFamily: (issued) => db.commit(issue(db, issued)),
    getFamily: async (id) => families.read(id),
    revokeFamily: async (id, at) => {
      const family = families.peek(id);
      if (!family || family.revoked_at !== null) return;
      await db.commit([families.put(id, { ...family, revoked_at: at })]);
    },
    getRefreshToken: async (tokenHash) => refresh_tokens.read(tokenHash),
    getRefreshTokenWithGrant: async (tokenHash) => {
      const token = refresh_tokens.read(tokenHash);
      if (!token) return null;
      const family = families.read(token.family_id);
      return {
        token,
        family,
        grant: family && grants.read(family.grant_id),
        user: family && users.read(family.user_id),
      };
    },
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
    prune: async (now) => {
      const revoked = (familyId: string) => (families.peek(familyId)?.revoked_at ?? null) !== null;
      let pruned = await pruneWhere(
        db,
        access_tokens,
        (token) => token.expires_at <= now || revoked(token.family_id),
      );
      pruned += await pruneWhere(
        db,
        refresh_tokens,
        (token) =>
          (token.expires_at <= now && (token.successor?.until ?? now - 1) < now) || revoked(token.family_id),
      );
      const withTokens = new Set<string>();
      const noteFamily = (_key: string, token: { family_id: string }) => withTokens.add(token.family_id);
      await refresh_tokens.visitInSlices(noteFamily);
      await access_tokens.visitInSlices(noteFamily);
      pruned += await pruneWhere(
        db,
        families,
        (family) => family.revoked_at !== null || !withTokens.has(family.id),
      );
      return pruned;
    },
  };
};
