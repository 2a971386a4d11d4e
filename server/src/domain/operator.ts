import { notFound } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import type { Actor } from "./people.ts";
import type { SignInOrigin } from "./sessions.ts";

/** Where the command line's changes come from, as the audit log records them. */
export const OPERATOR_ORIGIN: SignInOrigin = { address: null, userAgent: "gatehouse command line" };

/** The id the command line's changes are made under: no person has it (ids are UUIDs). */
export const OPERATOR_ID = "operator";

/**
 * The command line acts on a portal as its owner would, with no person behind it: it passes the
 * owner checks, and still keeps every rule (a portal keeps an active owner, the password rules).
 * @see docs/operations.md#command-line
 */
export function operatorOn(portalId: string): Actor {
  const user: UserRecord = {
    id: OPERATOR_ID,
    email: "",
    display_name: "The operator",
    password_hash: "",
    accounts: [{ portal_id: portalId, role: "owner" }],
    disabled: false,
    last_sign_in_at: null,
    updated_at: null,
    locale: null,
  };
  return { user, portalId, role: "owner", origin: OPERATOR_ORIGIN };
}

/** The person with `email`; `404` when there is none. */
export async function requirePerson(
  { store }: { store: Pick<Store, "users"> },
  email: string,
): Promise<UserRecord> {
  const user = await store.users.findByEmail(email);
  if (!user) throw notFound(`no person with the email ${email}`);
  return user;
}

/**
 * The operator acting on one of `user`'s portals, for what holds on every portal (disable, enable, a
 * reset link): the rules check each of their portals whichever is named. `404` for a person of none.
 */
export function operatorFor(user: UserRecord): Actor {
  const [first] = user.accounts;
  if (!first) throw notFound(`${user.email} belongs to no portal`);
  return operatorOn(first.portal_id);
}
