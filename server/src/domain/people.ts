import type { Locale } from "@gatehouse/shared";
import type { Person } from "@gatehouse/shared/schemas/people";
import type { OneTimeTokenRecord, PortalRole, Store, UserRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import type { Mailer } from "./mailer.ts";
import type { PeopleEvent, PeopleEvents } from "./people-events.ts";
import type { SignInOrigin } from "./sessions.ts";

/** What the people, invitation, account and reset verbs work with. */
export interface PeopleDeps {
  store: Store;
  clock: Clock;
  /** `defaultLocale`: the mails' language when the recipient has none we speak (docs/configuration.md). */
  config: { issuer: string; defaultLocale: Locale };
  peopleEvents: PeopleEvents;
  /** Null when `SMTP_URL` is unset: nothing is mailed, and admins copy the links. */
  mailer: Mailer | null;
}

/** An owner or admin acting on their current portal. */
export interface Actor {
  user: UserRecord;
  portalId: string;
  role: PortalRole;
  origin: SignInOrigin;
}

/** Raises one people event on behalf of `origin` (docs/api.md#audit-log). */
export function raise(
  deps: Pick<PeopleDeps, "peopleEvents">,
  origin: SignInOrigin,
  event: Omit<PeopleEvent, "address" | "user_agent">,
): Promise<void> {
  return deps.peopleEvents({ ...event, address: origin.address, user_agent: origin.userAgent });
}

const isoOrNull = (seconds: number | null): string | null =>
  seconds === null ? null : new Date(seconds * 1000).toISOString();

/** A member of `portalId` as `GET /api/people` lists them (docs/api.md#people). */
export function personView(user: UserRecord, portalId: string): Person | null {
  const account = user.accounts.find((candidate) => candidate.portal_id === portalId);
  if (!account) return null;
  return {
    user_id: user.id,
    email: user.email,
    display_name: user.display_name,
    role: account.role,
    status: user.disabled ? "disabled" : "active",
    last_sign_in_at: isoOrNull(user.last_sign_in_at),
  };
}

/** A pending invitation as a row of the people list: its id stands for the person until they join. */
function invitedView(invitation: OneTimeTokenRecord): Person {
  return {
    user_id: invitation.id,
    email: invitation.email ?? "",
    display_name: "",
    role: invitation.role ?? "user",
    status: "invited",
    last_sign_in_at: null,
  };
}

/** The portal's members, then the invitations still pending (one row per email, the newest). */
export async function listPeople(
  { store, clock }: Pick<PeopleDeps, "store" | "clock">,
  portalId: string,
): Promise<Person[]> {
  const now = epochSeconds(clock);
  const members = (await store.users.listByPortal(portalId))
    .map((user) => personView(user, portalId))
    .filter((person) => person !== null)
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  const memberEmails = new Set(members.map((person) => person.email));
  const pending = new Map<string, Person>();
  for (const invitation of await store.oneTimeTokens.listInvitations(portalId)) {
    if (invitation.expires_at <= now || invitation.email === null || memberEmails.has(invitation.email))
      continue;
    pending.set(invitation.email, invitedView(invitation));
  }
  return [...members, ...pending.values()];
}

/** Whether `user` counts as an owner of `portalId` who can act: an owner there, and not disabled. */
export const isActiveOwner = (user: UserRecord, portalId: string): boolean =>
  !user.disabled &&
  user.accounts.some((account) => account.portal_id === portalId && account.role === "owner");
