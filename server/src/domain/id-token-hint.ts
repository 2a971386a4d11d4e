import { compactVerify, decodeProtectedHeader, errors } from "jose";
import { z } from "zod";
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

/** The claims a hint is read by; anything else in it is not looked at. */
const hintClaimsSchema = z.object({
  iss: z.string(),
  sub: z.string().min(1),
  aud: z.union([z.string().transform((aud) => [aud]), z.array(z.string())]),
});

/**
 * The `sub` and `aud` of an `id_token_hint` we signed with a still-published key and our `iss`;
 * expired ones too (a hint may be old); null for anything else, an access token among them (its
 * `typ` is `at+jwt`: the same keys sign both, RFC 9068 §4).
 * @see OpenID Connect Core §3.1.2.1 (id_token_hint), OpenID Connect RP-Initiated Logout 1.0 §2
 */
export async function readIdTokenHint(
  { config, keys }: IdTokenHintDeps,
  idToken: string,
): Promise<IdTokenHint | null> {
  let payload: Uint8Array;
  try {
    const { kid, typ } = decodeProtectedHeader(idToken);
    const verification = kid && typ?.toLowerCase() !== "at+jwt" ? await keys.verificationKey(kid) : null;
    if (!verification) return null;
    ({ payload } = await compactVerify(idToken, verification.key, { algorithms: [verification.alg] }));
  } catch (cause) {
    // jose's verdicts on a token that is not a JWS we signed (decodeProtectedHeader says TypeError): no hint
    if (cause instanceof errors.JOSEError || cause instanceof TypeError) return null;
    throw cause;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return null; // signed by us, so never here; but a hint is never worth a 500
  }
  const claims = hintClaimsSchema.safeParse(json);
  if (!claims.success || claims.data.iss !== config.issuer) return null;
  return { subject: claims.data.sub, audience: claims.data.aud };
}
