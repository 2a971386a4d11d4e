import type { TotpEnrollment } from "@gatehouse/shared/schemas/second-factors";
import { completeSignIn, type SecondStepOrigin } from "./complete-sign-in.ts";
import { requirePendingSignIn } from "./pending-sign-ins.ts";
import type { SignedIn } from "./sessions.ts";
import { type SignInDeps, signInCounters } from "./sign-in.ts";
import { throttleAttempt } from "./throttle.ts";
import { confirmTotp, enrolTotp } from "./totp-enrolment.ts";

/**
 * `POST /api/session/second-factor/totp`: during a sign-in a portal's policy holds (pending `setup`),
 * a new secret for the person's app. @see docs/api.md#second-factors ("Required by a portal")
 */
export async function startRequiredTotp(
  deps: SignInDeps,
  pendingValue: string | undefined,
): Promise<TotpEnrollment> {
  const { user } = await requirePendingSignIn(deps, pendingValue, "setup");
  return enrolTotp(deps, user);
}

/**
 * `POST /api/session/second-factor/totp/confirm`: the first code confirms the app (its codes
 * throttled as sign-in attempts are), then the session starts with `amr` pwd, otp, mfa; the
 * recovery codes are answered once.
 */
export async function confirmRequiredTotp(
  deps: SignInDeps,
  pendingValue: string | undefined,
  code: string,
  origin: SecondStepOrigin & { address: string },
): Promise<{ cookieValue: string; signedIn: SignedIn; recoveryCodes: string[] }> {
  const pending = await requirePendingSignIn(deps, pendingValue, "setup");
  const recoveryCodes = await throttleAttempt(
    deps,
    signInCounters(pending.user.email, origin.address, false),
    () => confirmTotp(deps, pending.user, code, origin.source),
  );
  return { ...(await completeSignIn(deps, pending, { method: "totp", amr: "otp" }, origin)), recoveryCodes };
}
