import { notFound } from "../errors.ts";
import type { UserRecord } from "../store/types.ts";
import type { AuditSource } from "./audit.ts";
import { confirmPassword } from "./password-again.ts";
import { removeAuthenticatorApp, type SecondFactorsDeps } from "./second-factors.ts";
import type { ThrottleDeps } from "./throttle.ts";

/**
 * `DELETE /api/account/totp`: with the current password again, the app and its recovery codes are
 * removed (audited `second_factor.removed`); `404 not_found` without one. @see docs/api.md#second-factors
 */
export async function removeTotp(
  deps: SecondFactorsDeps & ThrottleDeps,
  user: UserRecord,
  currentPassword: string,
  source: AuditSource,
): Promise<void> {
  await confirmPassword(deps, user, currentPassword);
  const removed = await removeAuthenticatorApp(deps, user, source);
  if (removed.length === 0) throw notFound("no authenticator app is set up");
}
