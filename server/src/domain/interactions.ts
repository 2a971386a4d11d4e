import type { InteractionStep } from "@gatehouse/shared";
import type {
  AuthorizationRequest,
  ClientRecord,
  GrantRecord,
  InteractionRecord,
  PortalRecord,
  SessionRecord,
  UserRecord,
} from "../store/types.ts";
import { grantCovers } from "./authorization.ts";
import { usablePortals, usableSessionPortal } from "./client-portals.ts";
import type { SignedIn } from "./sessions.ts";

/** Seconds a person has to finish signing in and deciding. */
export const INTERACTION_TTL = 30 * 60;

/** When a request arrived, and the session cookie it brought: what a later sign-in is judged against. */
export interface Arrival {
  at_ms: number;
  session_hash: string | null;
}

/**
 * Whether the session's sign-in is recent enough for the request: for `prompt=login` it happened
 * after the request arrived, for `max_age` at most that many seconds before. Judged in milliseconds,
 * and the session the request arrived with never counts as later, whatever the clock says (docs/api.md#interactions).
 * @see OpenID Connect Core §3.1.2.1 (prompt, max_age)
 */
export function signInSuffices(
  session: SessionRecord,
  request: Pick<AuthorizationRequest, "prompt" | "max_age">,
  arrival: Arrival,
): boolean {
  if (request.prompt === "login") {
    return session.id_hash !== arrival.session_hash && session.auth_time_ms >= arrival.at_ms;
  }
  if (request.max_age !== null) return session.auth_time_ms >= arrival.at_ms - request.max_age * 1000;
  return true;
}

export interface InteractionState {
  interaction: InteractionRecord;
  session: SessionRecord | null;
  user: UserRecord | null;
  /** The person's portals where the app may be used (docs/api.md#portals-of-an-app). */
  usablePortalIds: readonly string[];
  /** The portal the session acts for, or null while the person has several and chose none. */
  portalId: string | null;
  /** The earlier grant of this user, portal and client, if any. */
  grant: GrantRecord | null;
  /**
   * Several accounts are signed in and none is picked for this interaction: the chooser of
   * (account × portal) pairs; `usablePortalIds` are then every account's (docs/api.md#several-accounts).
   */
  mustChoose?: boolean;
  /** The browser holds a live pending sign-in: its password was right, its second factor is awaited (docs/api.md#second-factors). */
  pendingSecondFactor?: boolean;
}

/** Where the app may be used for this person, and the session's portal when it is one of those. */
export interface InteractionPortals {
  portals: PortalRecord[];
  portalId: string | null;
}

/** The chooser offers only portals where the app may be used; another current portal does not count. */
export function interactionPortals(
  client: Pick<ClientRecord, "portal_id" | "allow_other_portals">,
  signedIn: SignedIn | null,
): InteractionPortals {
  if (!signedIn) return { portals: [], portalId: null };
  return {
    portals: usablePortals(client, signedIn.portals),
    portalId: usableSessionPortal(client, signedIn.portalId),
  };
}

/**
 * The step machine of docs/api.md#interactions: sign-in (and its second factor, while a pending sign-in
 * waits for one), then the portal chooser, then consent, unless the
 * session, the chosen portal or an earlier grant already answer them. `implied` means remembered
 * consent covers the request: the caller issues the code without showing a page; `denied` means the
 * person has no account where the app may be used: the caller answers `access_denied`.
 * @see OpenID Connect Core §3.1.2.1 (prompt), docs/api.md#portals-of-an-app
 */
export function interactionStep({
  interaction,
  session,
  user,
  usablePortalIds,
  portalId,
  grant,
  mustChoose = false,
  pendingSecondFactor = false,
}: InteractionState): InteractionStep | "implied" | "denied" {
  if (interaction.result) return "done";
  const { prompt, scopes } = interaction.request;
  // A sign-in still to finish: its second step, after a right password (prompt=login and max_age ask both again).
  const signIn = pendingSecondFactor ? "second_factor" : "login";
  if (mustChoose) return pendingSecondFactor ? signIn : usablePortalIds.length > 0 ? "portal" : "denied";
  if (!session || !user) return signIn;
  const arrival = { at_ms: interaction.created_at_ms, session_hash: interaction.arrival_session_hash };
  if (!signInSuffices(session, interaction.request, arrival)) return signIn;
  if (usablePortalIds.length === 0) return "denied";
  if (portalId === null || !usablePortalIds.includes(portalId)) return "portal";
  // Judged in milliseconds: a choice in the same second as the request, but before it, is not this one's.
  if (
    prompt === "select_account" &&
    user.accounts.length > 1 &&
    (session.portal_chosen_at_ms ?? 0) < interaction.created_at_ms
  ) {
    return "portal";
  }
  if (prompt !== "consent" && grantCovers(grant, scopes)) return "implied";
  return "consent";
}
