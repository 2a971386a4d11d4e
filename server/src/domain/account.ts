import type { Account } from "@gatehouse/shared/schemas/account";
import { invalidCredentials } from "../errors.ts";
import type { UserRecord } from "../store/types.ts";
import { hashNewPassword } from "./passwords.ts";
import { type PeopleDeps, raise } from "./people.ts";
import { verifyPassword } from "./secrets.ts";
import type { SignedIn, SignInOrigin } from "./sessions.ts";
import { SIGN_IN_PER_ACCOUNT, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

/** `GET /api/account` (docs/api.md#your-account). */
export const accountView = (user: UserRecord): Account => ({
  user_id: user.id,
  email: user.email,
  display_name: user.display_name,
});

/** `PATCH /api/account`: the person's display name. */
export async function renameAccount(
  deps: Pick<PeopleDeps, "store">,
  user: UserRecord,
  displayName: string,
): Promise<Account> {
  await deps.store.users.change(user.id, { display_name: displayName });
  return accountView({ ...user, display_name: displayName });
}

/**
 * `POST /api/account/password`: the current password proves it is the person (throttled as a
 * sign-in of their email is), the new one passes the shared rules, and every other session ends.
 * @see docs/api.md#your-account, OWASP ASVS 2.1.5 and 3.3.3
 */
export async function changePassword(
  deps: PeopleDeps & ThrottleDeps,
  signedIn: SignedIn,
  { current_password, new_password }: { current_password: string; new_password: string },
  origin: SignInOrigin,
): Promise<void> {
  const { user, session } = signedIn;
  await throttleAttempt(deps, [{ key: `sign-in:${user.email}`, policy: SIGN_IN_PER_ACCOUNT }], async () => {
    if (!(await verifyPassword(current_password, user.password_hash))) throw invalidCredentials();
  });
  const passwordHash = await hashNewPassword(new_password, user.email);
  await deps.store.users.change(user.id, { password_hash: passwordHash });
  await deps.store.sessions.deleteByUser(user.id, session.id_hash);
  await raise(deps, origin, {
    event: "password.changed",
    portal_id: null,
    actor_id: user.id,
    user_id: user.id,
    details: {},
  });
}
