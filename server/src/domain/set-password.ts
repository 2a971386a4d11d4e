import type { UserRecord } from "../store/types.ts";
import { OPERATOR_ID, OPERATOR_ORIGIN } from "./operator.ts";
import { hashNewPassword } from "./passwords.ts";
import { type PeopleDeps, raise } from "./people.ts";

/**
 * `gatehouse user set-password`: a new password that passes the shared rules; every session of the
 * person ends, as after a reset by link. @see docs/operations.md#command-line
 */
export async function setPassword(deps: PeopleDeps, user: UserRecord, password: string): Promise<void> {
  const passwordHash = await hashNewPassword(password, user.email);
  await deps.store.users.change(user.id, { password_hash: passwordHash });
  await deps.store.sessions.deleteByUser(user.id, null);
  await raise(deps, OPERATOR_ORIGIN, {
    event: "password.reset",
    portal_id: null,
    actor_id: OPERATOR_ID,
    user_id: user.id,
    details: { by: "command line" },
  });
}
