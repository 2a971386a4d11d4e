import type { SecondFactorAttempt } from "@gatehouse/shared/schemas/second-factors";
import { OAuthError } from "../errors.ts";
import { checkSecondFactor } from "./check-second-factor.ts";
import { completeSignIn, type SecondStepOrigin } from "./complete-sign-in.ts";
import { requirePendingSignIn } from "./pending-sign-ins.ts";
import type { SignedIn } from "./sessions.ts";
import { recordSignIn, type SignInDeps, signInCounters } from "./sign-in.ts";
import { throttleAttempt } from "./throttle.ts";

/**
 * `POST /api/session/second-factor`: the second step of a sign-in. A code is counted with the email's
 * sign-in failures before it is checked (so 10 wrong codes sent at once still meet 429), then used up,
 * then the session starts. A wrong code leaves the pending sign-in waiting for another.
 * @see docs/api.md#second-factors, docs/security.md#throttling
 */
export async function verifySecondFactor(
  deps: SignInDeps,
  pendingValue: string | undefined,
  attempt: SecondFactorAttempt,
  origin: SecondStepOrigin & { address: string },
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  const pending = await requirePendingSignIn(deps, pendingValue, "verify");
  try {
    await throttleAttempt(deps, signInCounters(pending.user.email, origin.address, false), () =>
      checkSecondFactor(deps, pending.user, attempt),
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
  return completeSignIn(deps, pending, attempt.method, origin);
}
