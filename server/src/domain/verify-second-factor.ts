import type { SecondFactorAttempt } from "@gatehouse/shared/schemas/second-factors";
import { OAuthError } from "../errors.ts";
import { completeSignIn, type SecondStepOrigin } from "./complete-sign-in.ts";
import {
  type ProveSecondFactorDeps,
  proveSecondFactor,
  type SecondFactorProof,
} from "./passkey-second-factor.ts";
import { requirePendingSignIn } from "./pending-sign-ins.ts";
import type { SignedIn } from "./sessions.ts";
import { recordSignIn, type SignInDeps, signInCounters } from "./sign-in.ts";
import { throttleAttempt } from "./throttle.ts";

/**
 * `POST /api/session/second-factor`: the second step of a sign-in. A code or a passkey's assertion is
 * counted with the email's sign-in failures before it is checked (so 10 wrong codes sent at once still
 * meet 429), then used up, then the session starts. A miss leaves the pending sign-in waiting for another.
 * @see docs/api.md#second-factors, docs/security.md#throttling
 */
export async function verifySecondFactor(
  deps: SignInDeps & ProveSecondFactorDeps,
  pendingValue: string | undefined,
  attempt: SecondFactorAttempt,
  origin: SecondStepOrigin & { address: string },
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  const pending = await requirePendingSignIn(deps, pendingValue, "verify");
  let proof: SecondFactorProof;
  try {
    proof = await throttleAttempt(deps, signInCounters(pending.user.email, origin.address, false), () =>
      proveSecondFactor(deps, pending, attempt),
    );
  } catch (error) {
    if (error instanceof OAuthError) {
      const reason = error.status === 429 ? "throttled" : "invalid_code";
      recordSignIn(deps, "sign_in.failed", pending.user, origin.source, {
        second_factor: attempt.method,
        reason,
      });
    }
    throw error;
  }
  return completeSignIn(deps, pending, { method: attempt.method, ...proof }, origin);
}
