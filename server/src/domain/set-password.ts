import type { UserRecord } from "../store/types.ts";
import { OPERATOR_ID, OPERATOR_ORIGIN } from "./operator.ts";
import { replacePassword } from "./password-reset.ts";
import { hashNewPassword } from "./passwords.ts";
import type { PeopleDeps } from "./people.ts";

/**
 * `gatehouse user set-password`: a new password that passes the shared rules; every session of the
 * person ends, as after a reset by link. @see docs/operations.md#command-line
 */
export async function setPassword(deps: PeopleDeps, user: UserRecord, password: string): Promise<void> {
  const passwordHash = await hashNewPassword(password, user.email);
  await replacePassword(deps, user.id, passwordHash, OPERATOR_ORIGIN, {
    actor_id: OPERATOR_ID,
    details: { by: "command line" },
  });
}
