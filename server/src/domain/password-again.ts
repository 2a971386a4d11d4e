import { invalidCredentials } from "../errors.ts";
import type { UserRecord } from "../store/types.ts";
import { verifyPassword } from "./secrets.ts";
import { SIGN_IN_PER_ACCOUNT, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

/**
 * The current password asked again before a second factor is removed or its recovery codes
 * replaced: throttled with the email's sign-ins, as a password change is; `401 invalid_credentials`.
 * @see docs/api.md#second-factors, OWASP ASVS 6.4.3 (re-authentication)
 */
export async function confirmPassword(
  deps: ThrottleDeps,
  user: Pick<UserRecord, "email" | "password_hash">,
  password: string,
): Promise<void> {
  await throttleAttempt(deps, [{ key: `sign-in:${user.email}`, policy: SIGN_IN_PER_ACCOUNT }], async () => {
    if (!(await verifyPassword(password, user.password_hash))) throw invalidCredentials();
  });
}
