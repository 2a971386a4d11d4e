import type { AcceptInvitation, InvitePerson } from "@gatehouse/shared/schemas/people";
import { forbidden, invalidRequest, unauthenticated } from "../errors.ts";
import type { OneTimeTokenRecord, PortalRecord, UserRecord } from "../store/types.ts";
import { epochSeconds } from "./clock.ts";
import { invitationMail, mailLocale } from "./mails.ts";
import { consumeLink, expiresAtIso, findLiveLink, issueLink, LINK_LIFETIMES } from "./one-time-links.ts";
import { hashNewPassword } from "./passwords.ts";
import { type Actor, type PeopleDeps, raise } from "./people.ts";
import { randomId } from "./secrets.ts";
import type { SignedIn, SignInOrigin } from "./sessions.ts";

/**
 * `POST /api/people/invitations`: a single-use link, valid 7 days, for `email` to join the actor's
 * portal with `role`; mailed when there is a mailer, and always answered once to copy.
 * @see docs/api.md#people
 */
export async function invitePerson(
  deps: PeopleDeps,
  actor: Actor,
  { email, role }: InvitePerson,
): Promise<{ invitation_url: string; expires_at: string }> {
  if (role === "owner" && actor.role !== "owner") throw forbidden("only owners invite owners");
  const existing = await deps.store.users.findByEmail(email);
  if (existing?.accounts.some((account) => account.portal_id === actor.portalId)) {
    throw invalidRequest("email: this person is already a member of this portal");
  }
  const { url, record } = await issueLink(deps, deps.config.issuer, "invitation", {
    portal_id: actor.portalId,
    email,
    role,
    invited_by: actor.user.id,
  });
  const portal = await deps.store.portals.get(actor.portalId);
  await deps.mailer?.send(
    invitationMail({
      to: email,
      locale: mailLocale(existing?.locale ?? null, deps.config.defaultLocale),
      portalName: portal?.name ?? actor.portalId,
      inviterName: actor.user.display_name,
      link: url,
      validFor: LINK_LIFETIMES.invitation,
    }),
  );
  await raise(deps, actor.origin, {
    event: "person.invited",
    portal_id: actor.portalId,
    actor_id: actor.user.id,
    user_id: existing?.id ?? null,
    details: { email, role },
  });
  return { invitation_url: url, expires_at: expiresAtIso(record) };
}

/** The portal an invitation joins; an invitation whose portal is gone is as dead as a used one. */
async function invitedPortal(deps: PeopleDeps, invitation: OneTimeTokenRecord): Promise<PortalRecord> {
  const portal = invitation.portal_id ? await deps.store.portals.get(invitation.portal_id) : null;
  if (!portal || !invitation.email) throw invalidRequest("the invitation names no portal");
  return portal;
}

/** `POST /api/invitations/lookup`: the portal and email of a live invitation, else `410 expired`. */
export async function lookUpInvitation(
  deps: PeopleDeps,
  token: string,
): Promise<{ portal: PortalRecord; email: string }> {
  const invitation = await findLiveLink(deps, "invitation", token);
  const portal = await invitedPortal(deps, invitation);
  return { portal, email: invitation.email ?? "" };
}

/**
 * `POST /api/invitations/accept`: a new person names themselves and sets a password (and is signed
 * in); someone signed in with the invited email joins with the token alone. The link works once.
 * @see docs/api.md#people
 */
export async function acceptInvitation(
  deps: PeopleDeps,
  body: AcceptInvitation,
  signedIn: SignedIn | null,
  origin: SignInOrigin,
): Promise<{ user: UserRecord; portal: PortalRecord; isNew: boolean }> {
  const { store } = deps;
  const live = await findLiveLink(deps, "invitation", body.token);
  const portal = await invitedPortal(deps, live);
  const email = live.email ?? "";
  const role = live.role ?? "user";
  let joined: { user: UserRecord; isNew: boolean };
  if ("password" in body) {
    const passwordHash = await hashNewPassword(body.password, email);
    joined = await store.exclusively(async () => {
      await findLiveLink(deps, "invitation", body.token); // a used link says so before anything else
      if (await store.users.findByEmail(email)) {
        throw invalidRequest("an account with this email exists: sign in with it to join");
      }
      const invitation = await consumeLink(deps, "invitation", body.token);
      const user: UserRecord = {
        id: randomId(),
        email,
        display_name: body.display_name,
        password_hash: passwordHash,
        accounts: [{ portal_id: portal.id, role: invitation.role ?? role }],
        disabled: false,
        updated_at: epochSeconds(deps.clock),
        locale: null,
        last_sign_in_at: null,
      };
      await store.users.insert(user);
      return { user, isNew: true };
    });
  } else {
    if (!signedIn) throw unauthenticated("sign in with the invited email first");
    if (signedIn.user.email !== email) throw forbidden("this invitation is for another email");
    joined = await store.exclusively(async () => {
      await consumeLink(deps, "invitation", body.token);
      // Someone already on the portal keeps the role they have: an invitation never demotes.
      if (!signedIn.user.accounts.some((account) => account.portal_id === portal.id)) {
        await store.users.setAccount(signedIn.user.id, { portal_id: portal.id, role });
      }
      const user = await store.users.get(signedIn.user.id);
      if (!user) throw unauthenticated();
      return { user, isNew: false };
    });
  }
  await raise(deps, origin, {
    event: "person.joined",
    portal_id: portal.id,
    actor_id: joined.user.id,
    user_id: joined.user.id,
    details: { role: roleOf(joined.user, portal.id), invited_by: live.invited_by },
  });
  return { ...joined, portal };
}

const roleOf = (user: UserRecord, portalId: string) =>
  user.accounts.find((account) => account.portal_id === portalId)?.role ?? null;
