import type { SecondFactorAttempt } from "@gatehouse/shared/schemas/second-factors";
import { invalidCode, notFound } from "../errors.ts";
import type { AuthenticationMethod } from "./authentication-methods.ts";
import { type CheckSecondFactorDeps, checkSecondFactor } from "./check-second-factor.ts";
import {
  type PasskeyAuthenticationDeps,
  passkeyAuthenticationOptions,
  verifyPasskeyAssertion,
} from "./passkey-authentication.ts";
import { type Pending, type PendingSignInDeps, requirePendingSignIn } from "./pending-sign-ins.ts";

/** What a passed second factor adds to the session's `amr` (RFC 8176 §2), and what its audit event names. */
export interface SecondFactorProof {
  amr: Exclude<AuthenticationMethod, "pwd" | "mfa">;
  details: Record<string, unknown>;
}

export type ProveSecondFactorDeps = CheckSecondFactorDeps & PasskeyAuthenticationDeps;

/**
 * `POST /api/session/second-factor/passkey/options`: the options of the second step by passkey, for
 * the person of the pending sign-in only (their passkeys allowed), the challenge bound to that
 * pending sign-in; `404 not_found` when they have no passkey. @see docs/api.md#passkeys
 */
export async function beginPasskeySecondFactor(
  deps: PasskeyAuthenticationDeps & PendingSignInDeps,
  pendingValue: string | undefined,
) {
  const { record, user } = await requirePendingSignIn(deps, pendingValue, "verify");
  const allowed = await deps.store.passkeys.listByUser(user.id);
  if (allowed.length === 0) throw notFound("you have no passkey");
  return passkeyAuthenticationOptions(deps, { userId: user.id, bindingHash: record.id_hash, allowed });
}

/**
 * Checks the second factor of `pending` and uses it up: a code (checkSecondFactor), or a passkey's
 * assertion answering a challenge of this pending sign-in with a passkey of this person. Any miss is
 * `401 invalid_code`. @see docs/security.md#second-factors
 */
export async function proveSecondFactor(
  deps: ProveSecondFactorDeps,
  pending: Pending,
  attempt: SecondFactorAttempt,
): Promise<SecondFactorProof> {
  if (attempt.method !== "passkey") {
    await checkSecondFactor(deps, pending.user, attempt);
    return { amr: "otp", details: {} };
  }
  const assertion = await verifyPasskeyAssertion(
    deps,
    attempt.response,
    pending.user.id,
    pending.record.id_hash,
  );
  const amr = assertion?.amr[0];
  if (!assertion || amr === undefined) throw invalidCode();
  return { amr, details: { passkey_id: assertion.passkey.id } };
}
