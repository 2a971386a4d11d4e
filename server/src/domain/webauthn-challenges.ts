import { decodeClientDataJSON } from "@simplewebauthn/server/helpers";
import type { Logger } from "pino";
import { z } from "zod";
import type { Store, WebauthnCeremony, WebauthnChallengeRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { constantTimeEqual } from "./secrets.ts";
import { PASSKEY_OPTIONS_PER_ADDRESS, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

/** A ceremony's challenge answers for this long; the browser's own timeout is the same. */
export const CHALLENGE_TTL = 5 * 60;

export interface RelyingPartyDeps {
  store: Pick<Store, "webauthnChallenges">;
  clock: Clock;
  config: { issuer: string };
  logger: Pick<Logger, "info">;
}

/**
 * Who we are to an authenticator: the RP ID is the issuer's host name, and a ceremony is valid only
 * from the issuer's origin (docs/security.md#passkeys).
 * @see W3C WebAuthn Level 2 §5.1.3 step 9, §7.1 steps 9 and 13 (origin, RP ID hash)
 */
function relyingParty(config: { issuer: string }): { rpID: string; origin: string } {
  const issuer = new URL(config.issuer);
  return { rpID: issuer.hostname, origin: issuer.origin };
}

/**
 * Starts a ceremony: its options, which `generate` makes around our RP ID and the challenge's
 * lifetime as the browser's timeout, and their challenge stored for `ceremony`, bound to its
 * person (or none yet) and secret. @see W3C WebAuthn Level 2 §5.4, §5.5, §13.4.3
 */
export async function startCeremony<Options extends { challenge: string }>(
  deps: Pick<RelyingPartyDeps, "store" | "clock" | "config">,
  ceremony: WebauthnCeremony,
  binding: { userId: string | null; bindingHash: string },
  generate: (basics: { rpID: string; timeout: number }) => Promise<Options>,
): Promise<Options> {
  const options = await generate({ rpID: relyingParty(deps.config).rpID, timeout: CHALLENGE_TTL * 1000 });
  await issueChallenge(deps, { challenge: options.challenge, ceremony, ...binding });
  return options;
}

/** Stores the challenge a ceremony's options carry, bound to its person (or none yet) and secret. */
async function issueChallenge(
  deps: Pick<RelyingPartyDeps, "store" | "clock">,
  challenge: { challenge: string; ceremony: WebauthnCeremony; userId: string | null; bindingHash: string },
): Promise<void> {
  const now = epochSeconds(deps.clock);
  await deps.store.webauthnChallenges.insert({
    challenge: challenge.challenge,
    ceremony: challenge.ceremony,
    user_id: challenge.userId,
    binding_hash: challenge.bindingHash,
    created_at: now,
    expires_at: now + CHALLENGE_TTL,
  });
}

/**
 * Runs `issue` (a ceremony's options, which store a challenge) as one call of `address`, counted
 * whatever its outcome; `429` with `Retry-After` once the address asked too often (docs/security.md#throttling).
 */
export function throttleChallenges<T>(
  deps: ThrottleDeps,
  address: string,
  issue: () => Promise<T>,
): Promise<T> {
  return throttleAttempt(
    deps,
    [{ key: `passkey-options-from:${address}`, policy: PASSKEY_OPTIONS_PER_ADDRESS, keepOnSuccess: true }],
    issue,
  );
}

const clientDataSchema = z.object({ challenge: z.string().min(1).max(128) });

/**
 * Takes, once, the live challenge a response answers (read from its client data): for `ceremony`,
 * bound to `bindingHash`. Null for anything else; a challenge taken is gone, whether it fitted or not.
 * @see W3C WebAuthn Level 2 §13.4.3 (a challenge is used once)
 */
export async function takeChallenge(
  deps: RelyingPartyDeps,
  clientDataJSON: string,
  ceremony: WebauthnCeremony,
  bindingHash: string,
): Promise<WebauthnChallengeRecord | null> {
  const clientData = readClientData(deps, clientDataJSON);
  if (!clientData) return null;
  const taken = await deps.store.webauthnChallenges.take(clientData.challenge);
  if (!taken || taken.ceremony !== ceremony) return null;
  if (taken.expires_at <= epochSeconds(deps.clock)) return null;
  return constantTimeEqual(taken.binding_hash, bindingHash) ? taken : null;
}

/**
 * What a response must answer to verify: the challenge taken for it, our origin and our RP ID.
 * @see W3C WebAuthn Level 2 §7.1 steps 8, 9 and 13, §7.2 steps 12, 13 and 15
 */
export function expectedAnswer(config: { issuer: string }, taken: WebauthnChallengeRecord) {
  const { rpID, origin } = relyingParty(config);
  return { expectedChallenge: taken.challenge, expectedOrigin: origin, expectedRPID: rpID };
}

function readClientData(deps: RelyingPartyDeps, clientDataJSON: string): { challenge: string } | null {
  try {
    return clientDataSchema.parse(decodeClientDataJSON(clientDataJSON));
  } catch (error) {
    deps.logger.info({ err: error }, "a WebAuthn response with unreadable client data");
    return null;
  }
}
