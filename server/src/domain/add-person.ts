import type { Person, Role } from "@gatehouse/shared/schemas/people";
import { invalidRequest } from "../errors.ts";
import type { UserRecord } from "../store/types.ts";
import { epochSeconds } from "./clock.ts";
import { OPERATOR_ID, OPERATOR_ORIGIN } from "./operator.ts";
import { hashNewPassword } from "./passwords.ts";
import { type PeopleDeps, personView, raise } from "./people.ts";
import { requirePortal } from "./portals.ts";
import { randomId } from "./secrets.ts";

export interface NewPerson {
  email: string;
  portalId: string;
  role: Role;
  displayName: string;
  /** Asked for only when the email has no account yet; an existing person keeps their password. */
  password: () => Promise<string>;
}

/**
 * `gatehouse user add`: a new person with a password that passes the shared rules, or an existing
 * person given an account on one more portal. @see docs/operations.md#command-line
 */
export async function addPerson(
  deps: PeopleDeps,
  { email, portalId, role, displayName, password }: NewPerson,
): Promise<{ person: Person; isNew: boolean }> {
  const { store } = deps;
  await requirePortal(deps, portalId);
  const existing = await store.users.findByEmail(email);
  // Hashed before the exclusive section: argon2 takes a while, and the rules refuse before any write.
  const passwordHash = existing ? null : await hashNewPassword(await password(), email);
  const { user, isNew } = await store.exclusively(async () => {
    const found = await store.users.findByEmail(email);
    if (found?.accounts.some((account) => account.portal_id === portalId)) {
      throw invalidRequest(`${email} is a member of ${portalId} already`);
    }
    if (found) {
      await store.users.setAccount(found.id, { portal_id: portalId, role });
      return {
        user: { ...found, accounts: [...found.accounts, { portal_id: portalId, role }] },
        isNew: false,
      };
    }
    if (passwordHash === null) throw invalidRequest(`${email} was removed meanwhile; try again`);
    const user: UserRecord = {
      id: randomId(),
      email,
      display_name: displayName,
      password_hash: passwordHash,
      accounts: [{ portal_id: portalId, role }],
      disabled: false,
      last_sign_in_at: null,
      updated_at: epochSeconds(deps.clock),
      locale: null,
    };
    await store.users.insert(user);
    return { user, isNew: true };
  });
  await raise(deps, OPERATOR_ORIGIN, {
    event: "person.joined",
    portal_id: portalId,
    actor_id: OPERATOR_ID,
    user_id: user.id,
    details: { role, by: "command line" },
  });
  const person = personView(user, portalId);
  if (!person) throw invalidRequest(`${email} could not be added to ${portalId}`);
  return { person, isNew };
}
