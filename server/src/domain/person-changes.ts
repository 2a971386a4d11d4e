import type { Person, UpdatePerson } from "@gatehouse/shared/schemas/people";
import { forbidden, lastOwner, notFound } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import { epochSeconds } from "./clock.ts";
import { type Actor, isActiveOwner, type PeopleDeps, personView, raise } from "./people.ts";

/**
 * Whether `portalId` would keep an active owner if `user` were replaced by `after`: the rule every
 * role change, disable and removal must keep (docs/api.md#people).
 */
async function keepsAnOwner(
  store: Pick<Store, "users">,
  portalId: string,
  after: UserRecord,
): Promise<boolean> {
  const members = await store.users.listByPortal(portalId);
  return members.some((member) => isActiveOwner(member.id === after.id ? after : member, portalId));
}

/** Refuses with `409 last_owner` when the change would leave any of the person's portals without an active owner. */
async function requireOwnersKept(
  store: Pick<Store, "users">,
  before: UserRecord,
  after: UserRecord,
): Promise<void> {
  for (const { portal_id } of before.accounts) {
    if (isActiveOwner(before, portal_id) && !(await keepsAnOwner(store, portal_id, after))) throw lastOwner();
  }
}

/** The member `userId` of the actor's portal; `404` for anyone else, whoever they are elsewhere. */
async function portalMember(
  { store }: Pick<PeopleDeps, "store">,
  actor: Actor,
  userId: string,
): Promise<UserRecord> {
  const user = await store.users.get(userId);
  if (!user?.accounts.some((account) => account.portal_id === actor.portalId)) {
    throw notFound("no such person on this portal");
  }
  return user;
}

const roleOn = (user: UserRecord, portalId: string) =>
  user.accounts.find((account) => account.portal_id === portalId)?.role;

/**
 * Only owners grant the owner role, take it away, or act on an owner at all; disabling, which holds
 * on every portal, needs an owner when the person owns any portal.
 */
function requireOwnerFor(actor: Actor, target: UserRecord, change: UpdatePerson | null): void {
  const ownsAny = change?.disabled === true && target.accounts.some((account) => account.role === "owner");
  const touchesOwner = ownsAny || roleOn(target, actor.portalId) === "owner" || change?.role === "owner";
  if (touchesOwner && actor.role !== "owner")
    throw forbidden("only owners grant, take away or change owners");
}

/**
 * Revokes the person's grants on `portalIds`, and with each every token issued under it, so their
 * apps lose access at once (security case N68).
 */
export async function cutOff(
  { store, clock }: Pick<PeopleDeps, "store" | "clock">,
  user: UserRecord,
  portalIds: string[],
) {
  const now = epochSeconds(clock);
  for (const portalId of portalIds) {
    for (const grant of await store.grants.listByUserAndPortal(user.id, portalId)) {
      await store.grants.revoke(grant.id, now);
    }
  }
}

/**
 * `PATCH /api/people/:user_id`: a new role, disabled or enabled. Checked and written while no other
 * change of people runs (`store.exclusively`), so two owners demoting each other at once leave one.
 * @see docs/api.md#people
 */
export async function changePerson(
  deps: PeopleDeps,
  actor: Actor,
  userId: string,
  change: UpdatePerson,
): Promise<Person> {
  const { store } = deps;
  const { before, after } = await store.exclusively(async () => {
    const before = await portalMember(deps, actor, userId);
    requireOwnerFor(actor, before, change);
    const after: UserRecord = {
      ...before,
      disabled: change.disabled ?? before.disabled,
      accounts: before.accounts.map((account) =>
        account.portal_id === actor.portalId && change.role ? { ...account, role: change.role } : account,
      ),
    };
    await requireOwnersKept(store, before, after);
    if (change.role && change.role !== roleOn(before, actor.portalId)) {
      await store.users.setAccount(userId, { portal_id: actor.portalId, role: change.role });
    }
    if (after.disabled !== before.disabled) {
      await store.users.change(userId, { disabled: after.disabled });
      // Disabling ends every session and grant at once; enabling brings none of them back.
      if (after.disabled) {
        await store.sessions.deleteByUser(userId, null);
        await cutOff(
          deps,
          before,
          before.accounts.map((account) => account.portal_id),
        );
      }
    }
    return { before, after };
  });
  const common = { portal_id: actor.portalId, actor_id: actor.user.id, user_id: userId };
  const [roleBefore, roleAfter] = [roleOn(before, actor.portalId), roleOn(after, actor.portalId)];
  if (roleBefore !== roleAfter) {
    await raise(deps, actor.origin, {
      ...common,
      event: "person.role_changed",
      details: { from: roleBefore ?? null, to: roleAfter ?? null },
    });
  }
  if (before.disabled !== after.disabled) {
    await raise(deps, actor.origin, {
      ...common,
      event: after.disabled ? "person.disabled" : "person.enabled",
      details: {},
    });
  }
  const view = personView(after, actor.portalId);
  if (!view) throw notFound("no such person on this portal");
  return view;
}

/**
 * `DELETE /api/people/:user_id`: takes the person's account on this portal away and revokes their
 * grants there; their account and other portals stay. A pending invitation's row is withdrawn.
 * @see docs/api.md#people
 */
export async function removePerson(deps: PeopleDeps, actor: Actor, userId: string): Promise<void> {
  const { store } = deps;
  const invitation = (await store.oneTimeTokens.listInvitations(actor.portalId)).find(
    (each) => each.id === userId,
  );
  if (invitation) {
    if (invitation.role === "owner" && actor.role !== "owner")
      throw forbidden("only owners withdraw an owner's invitation");
    await store.oneTimeTokens.delete(invitation.id);
    return;
  }
  const removed = await store.exclusively(async () => {
    const before = await portalMember(deps, actor, userId);
    requireOwnerFor(actor, before, null);
    const after = {
      ...before,
      accounts: before.accounts.filter((account) => account.portal_id !== actor.portalId),
    };
    await requireOwnersKept(store, before, after);
    await store.users.removeAccount(userId, actor.portalId);
    await cutOff(deps, before, [actor.portalId]);
    return before;
  });
  await raise(deps, actor.origin, {
    event: "person.removed",
    portal_id: actor.portalId,
    actor_id: actor.user.id,
    user_id: removed.id,
    details: { email: removed.email },
  });
}
