import type { AuthenticationResponse } from "@gatehouse/shared/schemas/passkeys";
import { generateAuthenticationOptions, verifyAuthenticationResponse } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import type { PasskeyRecord, Store, UserRecord } from "../store/types.ts";
import type { AuthenticationMethod } from "./authentication-methods.ts";
import { epochSeconds } from "./clock.ts";
import { credentialDescriptor } from "./passkeys.ts";
import {
  expectedAnswer,
  type RelyingPartyDeps,
  startCeremony,
  takeChallenge,
} from "./webauthn-challenges.ts";

export type PasskeyAuthenticationDeps = RelyingPartyDeps & {
  store: Pick<Store, "webauthnChallenges" | "passkeys" | "users">;
};

/** Who a verified assertion proved, and how: RFC 8176's `hwk` for a key bound to one device, `swk` for a synced one. */
export interface PasskeyAssertion {
  user: UserRecord;
  passkey: PasskeyRecord;
  amr: Extract<AuthenticationMethod, "hwk" | "swk">[];
}

/**
 * The options of an authentication ceremony. For a known person (the second factor after a
 * password) their passkeys are allowed and user verification preferred; for nobody yet (a sign-in
 * by passkey alone) any discoverable credential may answer, and user verification is required,
 * since the passkey is then the only factor. The challenge is bound to `bindingHash`.
 * @see W3C WebAuthn Level 2 §5.5, docs/api.md#passkeys
 */
export async function passkeyAuthenticationOptions(
  deps: PasskeyAuthenticationDeps,
  {
    userId,
    bindingHash,
    allowed,
  }: { userId: string | null; bindingHash: string; allowed: readonly PasskeyRecord[] },
) {
  return startCeremony(deps, "authentication", { userId, bindingHash }, (basics) =>
    generateAuthenticationOptions({
      ...basics,
      userVerification: userId === null ? "required" : "preferred",
      allowCredentials: allowed.map(credentialDescriptor),
    }),
  );
}

/**
 * Verifies a passkey assertion: it answers a live challenge issued for `expectedUserId` (null: a
 * sign-in by passkey alone) and bound to `bindingHash`, from our origin and RP ID, signed by a
 * stored credential of that person (of anyone, when null) with a signature counter that moved on.
 * The seam the second-factor step calls with `{ method: "passkey", response }`. Null for any
 * failure, so each caller answers it its own way (`invalid_credentials`, `invalid_code`).
 * @see W3C WebAuthn Level 2 §7.2 (verifying an authentication assertion), docs/security.md#passkeys
 */
export async function verifyPasskeyAssertion(
  deps: PasskeyAuthenticationDeps,
  response: AuthenticationResponse,
  expectedUserId: string | null,
  bindingHash: string,
): Promise<PasskeyAssertion | null> {
  const challenge = await takeChallenge(
    deps,
    response.response.clientDataJSON,
    "authentication",
    bindingHash,
  );
  if (!challenge || challenge.user_id !== expectedUserId)
    return refused(deps, "no live challenge for this sign-in");
  const passkey = await deps.store.passkeys.findByCredentialId(response.id);
  if (!passkey) return refused(deps, "an unknown credential");
  if (expectedUserId !== null && passkey.user_id !== expectedUserId)
    return refused(deps, "another person's credential");
  // A discoverable credential names its person too; it must be the one it was registered for (§7.2 step 6).
  const { userHandle } = response.response;
  if (userHandle !== undefined && userHandle !== isoBase64URL.fromUTF8String(passkey.user_id)) {
    return refused(deps, "the user handle is not the credential's person");
  }
  const verification = await verifyAuthenticationResponse({
    response,
    ...expectedAnswer(deps.config, challenge),
    credential: {
      ...credentialDescriptor(passkey),
      publicKey: isoBase64URL.toBuffer(passkey.public_key),
      counter: passkey.counter,
    },
    requireUserVerification: expectedUserId === null,
  }).catch((error: Error) => {
    deps.logger.info({ err: error }, "a passkey assertion did not verify");
    return null;
  });
  if (!verification?.verified) return refused(deps, "the assertion did not verify");
  const { newCounter, credentialDeviceType, credentialBackedUp } = verification.authenticationInfo;
  // A counter that did not move on (when kept at all) means a cloned authenticator (§6.1.1); the library
  // refuses one that went back, and this compare-and-set refuses two uses racing from one value.
  const at = epochSeconds(deps.clock);
  if (
    !(await deps.store.passkeys.recordUse(passkey.credential_id, {
      from: passkey.counter,
      counter: newCounter,
      at,
    }))
  ) {
    return refused(deps, "the counter changed meanwhile");
  }
  const user = await deps.store.users.get(passkey.user_id);
  if (!user || user.disabled) return refused(deps, "the credential's person is gone or disabled");
  const synced = credentialDeviceType === "multiDevice" || credentialBackedUp;
  return {
    user,
    passkey: { ...passkey, counter: newCounter, last_used_at: at },
    amr: [synced ? "swk" : "hwk"],
  };
}

function refused(deps: Pick<RelyingPartyDeps, "logger">, reason: string): null {
  deps.logger.info({ reason }, "a passkey assertion was refused");
  return null;
}
