import { notFound } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import { confirmPassword } from "./password-again.ts";
import { newRecoveryCodes } from "./recovery-codes.ts";
import type { ThrottleDeps } from "./throttle.ts";

/**
 * `POST /api/account/recovery-codes`: with the current password again, 10 new recovery codes, shown
 * once; the old ones are void. `404 not_found` without a confirmed app. @see docs/api.md#second-factors
 */
export async function regenerateRecoveryCodes(
  deps: ThrottleDeps & { store: Pick<Store, "secondFactors" | "throttle"> },
  user: UserRecord,
  currentPassword: string,
): Promise<string[]> {
  await confirmPassword(deps, user, currentPassword);
  const { codes, hashes } = newRecoveryCodes();
  if (!(await deps.store.secondFactors.replaceRecoveryCodes(user.id, hashes))) {
    throw notFound("no authenticator app is set up");
  }
  return codes;
}
