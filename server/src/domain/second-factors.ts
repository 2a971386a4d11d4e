import type { UserRecord } from "../store/types.ts";

/**
 * Removes every second factor of `user` (`gatehouse user reset-2fa`); the number removed. The store
 * holds no second factors yet (TOTP and passkeys are still to come), so there is none to remove:
 * this is the one place that will delete them, and audit `second_factor.removed`, once they exist.
 * @see docs/operations.md#command-line
 */
export async function removeSecondFactors(_user: UserRecord): Promise<number> {
  return 0;
}
