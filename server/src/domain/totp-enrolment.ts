import type { TotpEnrollment } from "@gatehouse/shared/schemas/second-factors";
import { conflict, invalidCode, notFound } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import type { AuditLog, AuditSource } from "./audit.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { newRecoveryCodes } from "./recovery-codes.ts";
import { recordSecondFactor } from "./second-factors.ts";
import { signInCounters } from "./sign-in.ts";
import { type ThrottleDeps, throttleAttempt } from "./throttle.ts";
import { matchTotpStep, newTotpSecret, otpauthUri, totpOf } from "./totp.ts";

export interface TotpEnrolmentDeps {
  store: Pick<Store, "secondFactors">;
  clock: Clock;
  audit: AuditLog;
}

/**
 * `POST /api/account/totp` (and during a required set-up): a new secret for `user`'s app, stored
 * unconfirmed (replacing an unconfirmed one); `409 conflict` while an app is confirmed.
 * @see docs/api.md#second-factors
 */
export async function enrolTotp(
  { store, clock }: Omit<TotpEnrolmentDeps, "audit">,
  user: UserRecord,
): Promise<TotpEnrollment> {
  const secret = newTotpSecret();
  const stored = await store.secondFactors.enrolTotp({
    user_id: user.id,
    secret,
    created_at: epochSeconds(clock),
    confirmed_at: null,
    last_used_step: 0,
    recovery_code_hashes: [],
  });
  if (!stored) throw conflict("an authenticator app is set up already; remove it first");
  return { secret, otpauth_uri: otpauthUri(secret, user.email) };
}

/**
 * `POST /api/account/totp/confirm` (and during a required set-up): the first code proves the app
 * holds the secret; the app is confirmed with its code's step used, and 10 recovery codes are
 * answered once (stored as hashes). `404 not_found` without an unconfirmed secret, `401 invalid_code`.
 * Audited `second_factor.added`.
 */
export async function confirmTotp(
  deps: TotpEnrolmentDeps,
  user: UserRecord,
  code: string,
  source: AuditSource,
): Promise<string[]> {
  const { store, clock } = deps;
  const app = await store.secondFactors.getTotp(user.id);
  if (!app || app.confirmed_at !== null) throw notFound("no authenticator app is being set up");
  const step = matchTotpStep(totpOf(app.secret), code, clock());
  if (step === null) throw invalidCode();
  const { codes, hashes } = newRecoveryCodes();
  // Confirmed only if it still holds this secret: a secret replaced meanwhile is not confirmed by an old code.
  if (!(await store.secondFactors.confirmTotp(user.id, app.secret, epochSeconds(clock), step, hashes))) {
    throw notFound("no authenticator app is being set up");
  }
  recordSecondFactor(deps, "second_factor.added", user, source, { method: "totp" });
  return codes;
}

/**
 * `POST /api/account/totp/confirm`: `confirmTotp`, its wrong codes counted with the email's sign-in
 * failures as the second step's are (N76): a stolen session cannot guess its way to a confirmed app.
 * @see docs/security.md#second-factors
 */
export function confirmOwnTotp(
  deps: TotpEnrolmentDeps & ThrottleDeps,
  user: UserRecord,
  code: string,
  origin: { address: string; source: AuditSource },
): Promise<string[]> {
  return throttleAttempt(deps, signInCounters(user.email, origin.address, false), () =>
    confirmTotp(deps, user, code, origin.source),
  );
}
