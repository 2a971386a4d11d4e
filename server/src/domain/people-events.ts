/**
 * The security events of people, accounts and passwords (docs/api.md#audit-log). Raised here so
 * that the audit log records each with one line where it is wired (`createApp({ peopleEvents })`).
 */
export type PeopleEventName =
  | "person.invited"
  | "person.joined"
  | "person.role_changed"
  | "person.disabled"
  | "person.enabled"
  | "person.removed"
  | "password.changed"
  | "password.reset_requested"
  | "password.reset";

export interface PeopleEvent {
  event: PeopleEventName;
  /** The portal it happened on; null for what belongs to a person rather than a portal. */
  portal_id: string | null;
  /** Who did it; null when nobody was signed in (a reset by link, an invitation accepted by a new person). */
  actor_id: string | null;
  /** Whom it concerns; null when the email is unknown (a reset requested for nobody). */
  user_id: string | null;
  /** Where the request came from, as `TRUST_PROXY` decides, and its user agent. */
  address: string | null;
  user_agent: string | null;
  details: Record<string, string | boolean | null>;
}

/** Where events go: the audit log once it exists; never throws into the action that raised it. */
export type PeopleEvents = (event: PeopleEvent) => Promise<void>;
