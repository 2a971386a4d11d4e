import type { SecondFactorMethod } from "@gatehouse/shared/schemas/second-factors";
import type { AuditSource } from "./audit.ts";
import { type AuthenticationMethod, withSecondFactor } from "./authentication-methods.ts";
import { finishPendingSignIn, type Pending } from "./pending-sign-ins.ts";
import { recordSecondFactor } from "./second-factors.ts";
import type { SignedIn, SignInOrigin } from "./sessions.ts";
import { recordSignIn, type SignInDeps, startSignedIn } from "./sign-in.ts";

/** Where the second step came from, and the session cookie the browser brought (joined, never adopted). */
export interface SecondStepOrigin extends SignInOrigin {
  source: AuditSource;
  replacing: string | undefined;
}

/** The second factor just passed: its method, what it adds to `amr` (`otp`, `hwk`, `swk`), audit details. */
export interface PassedFactor {
  method: SecondFactorMethod;
  amr: Exclude<AuthenticationMethod, "pwd" | "mfa">;
  details?: Record<string, unknown>;
}

/**
 * Finishes a pending sign-in whose second factor was just passed: the pending sign-in used up
 * (once), a new session, the browser's active account beside its others (docs/api.md#several-accounts),
 * whose `amr` adds the factor's value and `mfa`, and the sign-in audited.
 * @see RFC 8176 §2, OWASP ASVS 7.2.4 (new session on sign-in)
 */
export async function completeSignIn(
  deps: SignInDeps,
  pending: Pending,
  { method, amr: factor, details = {} }: PassedFactor,
  { source, replacing, userAgent, address }: SecondStepOrigin,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  await finishPendingSignIn(deps, pending);
  await deps.store.throttle.reset(`sign-in:${pending.user.email}`);
  const proved = pending.record.amr.filter((value): value is AuthenticationMethod => value === "pwd");
  const amr = withSecondFactor(proved, factor);
  const started = await startSignedIn(deps, pending.user, { userAgent, address, joining: replacing }, amr);
  recordSecondFactor(deps, "second_factor.used", pending.user, source, { method, ...details });
  recordSignIn(deps, "sign_in.succeeded", pending.user, source, { second_factor: method });
  return started;
}
