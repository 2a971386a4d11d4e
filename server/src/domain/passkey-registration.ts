import type { PasskeyCreate, Passkey as PasskeyView } from "@gatehouse/shared/schemas/passkeys";
import { generateRegistrationOptions, verifyRegistrationResponse } from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { invalidRequest } from "../errors.ts";
import type { Store } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import { epochSeconds } from "./clock.ts";
import { credentialDescriptor, knownTransports, passkeyView } from "./passkeys.ts";
import { randomId } from "./secrets.ts";
import type { SignedIn } from "./sessions.ts";
import {
  expectedAnswer,
  type RelyingPartyDeps,
  startCeremony,
  takeChallenge,
} from "./webauthn-challenges.ts";

export type PasskeyRegistrationDeps = RelyingPartyDeps & {
  store: Pick<Store, "webauthnChallenges" | "passkeys">;
  audit: AuditLog;
};

/** What the account page shows as the relying party's name in the browser's passkey dialog. */
const RP_NAME = "Gatehouse";

/**
 * `POST /api/account/passkeys/options`: the options of a registration ceremony for the signed-in
 * person, its challenge bound to their session. A discoverable credential is required, so the
 * passkey can later sign in with no email typed; the person's passkeys are excluded, so one
 * authenticator is not registered twice. @see W3C WebAuthn Level 2 §5.4, docs/api.md#passkeys
 */
export async function passkeyRegistrationOptions(deps: PasskeyRegistrationDeps, { user, session }: SignedIn) {
  const existing = await deps.store.passkeys.listByUser(user.id);
  const binding = { userId: user.id, bindingHash: session.id_hash };
  return startCeremony(deps, "registration", binding, (basics) =>
    generateRegistrationOptions({
      ...basics,
      rpName: RP_NAME,
      userID: new TextEncoder().encode(user.id),
      userName: user.email,
      userDisplayName: user.display_name,
      attestationType: "none",
      excludeCredentials: existing.map(credentialDescriptor),
      authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
    }),
  );
}

/**
 * `POST /api/account/passkeys`: verifies the browser's answer to the person's own live challenge
 * (our origin, our RP ID), then stores the credential's public key under the name they gave.
 * @see W3C WebAuthn Level 2 §7.1 (registering a new credential), docs/security.md#passkeys
 */
export async function registerPasskey(
  deps: PasskeyRegistrationDeps,
  { user, session }: SignedIn,
  { name, response }: PasskeyCreate,
  source: AuditSource,
): Promise<PasskeyView> {
  const challenge = await takeChallenge(
    deps,
    response.response.clientDataJSON,
    "registration",
    session.id_hash,
  );
  if (!challenge || challenge.user_id !== user.id)
    throw notVerified("no live registration challenge of yours");
  const verification = await verifyRegistrationResponse({
    response,
    ...expectedAnswer(deps.config, challenge),
    requireUserVerification: false,
  }).catch((error: Error) => {
    throw notVerified(error.message);
  });
  if (!verification.verified) throw notVerified("the registration did not verify");
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const passkey = {
    credential_id: credential.id,
    id: randomId(),
    user_id: user.id,
    name,
    public_key: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: knownTransports(response.response.transports ?? []),
    device_type: credentialDeviceType,
    backed_up: credentialBackedUp,
    created_at: epochSeconds(deps.clock),
    last_used_at: null,
  };
  if (!(await deps.store.passkeys.insert(passkey)))
    throw notVerified("this credential is registered already");
  recordAudit(deps, {
    event: "second_factor.added",
    portal_ids: portalsOf(user),
    person: auditPerson(user),
    source,
    details: { method: "passkey", passkey_id: passkey.id, name },
  });
  return passkeyView(passkey);
}

const notVerified = (detail: string) => invalidRequest("the passkey could not be verified", { detail });
