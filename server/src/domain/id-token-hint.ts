import { compactVerify, decodeProtectedHeader } from "jose";
import type { KeyRing } from "./keys.ts";

export interface IdTokenHintDeps {
  config: { issuer: string };
  keys: Pick<KeyRing, "verificationKey">;
}

/** Who an ID token hint names, and for which app. */
export interface IdTokenHint {
  subject: string;
  audience: string[];
}

/**
 * The `sub` and `aud` of an `id_token_hint` we signed with a still-published key and our `iss`;
 * expired ones too (a hint may be old); null for anything else.
 * @see OpenID Connect Core §3.1.2.1 (id_token_hint), OpenID Connect RP-Initiated Logout 1.0 §2
 */
export async function readIdTokenHint(
  { config, keys }: IdTokenHintDeps,
  idToken: string,
): Promise<IdTokenHint | null> {
  try {
    const { kid } = decodeProtectedHeader(idToken);
    const verification = kid ? await keys.verificationKey(kid) : null;
    if (!verification) return null;
    const { payload } = await compactVerify(idToken, verification.key, { algorithms: [verification.alg] });
    const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (typeof claims !== "object" || claims === null || !("iss" in claims) || !("aud" in claims))
      return null;
    if (claims.iss !== config.issuer || !("sub" in claims) || typeof claims.sub !== "string") return null;
    const audience = typeof claims.aud === "string" ? [claims.aud] : claims.aud;
    if (!Array.isArray(audience) || !audience.every((each) => typeof each === "string")) return null;
    return { subject: claims.sub, audience };
  } catch {
    return null; // not a token we signed: no hint
  }
}
