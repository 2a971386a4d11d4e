import { forbidden, invalidRequest } from "../errors.ts";
import type { ClientRecord, PortalRecord, SessionRecord, Store, UserRecord } from "../store/types.ts";
import type { AuthenticationMethod } from "./authentication-methods.ts";
import { sessionPortal } from "./authorization.ts";
import { mayUseOnPortal } from "./client-portals.ts";
import { type Clock, epochSeconds, secondsOf } from "./clock.ts";
import { randomToken, sha256 } from "./secrets.ts";

/** Absolute session lifetime in seconds. @see OWASP ASVS 7.3.2 */
export const SESSION_TTL = 8 * 60 * 60;

/** A session unused this long ends, whatever its absolute lifetime. @see OWASP ASVS 7.3.1 */
export const SESSION_IDLE_TIMEOUT = 30 * 60;

/** How stale `last_seen_at` may get before a use writes it again: one write a minute, not one a request. */
const LAST_SEEN_RESOLUTION = 60;

export interface SignedIn {
  session: SessionRecord;
  user: UserRecord;
  portals: PortalRecord[];
  /** The portal the session acts for, or null while the person has several and chose none. */
  portalId: string | null;
}

export interface SessionDeps {
  store: Pick<Store, "sessions" | "users" | "portals">;
  clock: Clock;
}

/** Where a sign-in came from, as the person's sessions list shows it (docs/api.md#your-account). */
export interface SignInOrigin {
  userAgent: string | null;
  /** The socket's address, or the one `TRUST_PROXY` vouches for. */
  address: string | null;
}

/** A user agent is kept to this length: enough to name a browser, too short to grow the store. */
const USER_AGENT_MAX = 512;

/**
 * Starts a new session with a new id (never reusing the caller's: no fixation), recording how the
 * person proved who they are (`amr`) and where from; returns the cookie value.
 */
export async function startSession(
  { store, clock }: SessionDeps,
  user: UserRecord,
  amr: readonly AuthenticationMethod[],
  origin: SignInOrigin = { userAgent: null, address: null },
): Promise<{ cookieValue: string; session: SessionRecord }> {
  const signedInAt = clock();
  const now = secondsOf(signedInAt);
  const cookieValue = randomToken();
  const portalIds = user.accounts.map((account) => account.portal_id);
  const session: SessionRecord = {
    id_hash: sha256(cookieValue),
    user_id: user.id,
    portal_id: portalIds.length === 1 ? (portalIds[0] ?? null) : null,
    auth_time: now,
    auth_time_ms: signedInAt,
    amr: [...amr],
    portal_chosen_at: null,
    portal_chosen_at_ms: null,
    created_at: now,
    expires_at: now + SESSION_TTL,
    last_seen_at: now,
    user_agent: origin.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    address: origin.address,
  };
  await store.sessions.insert(session);
  return { cookieValue, session };
}

/** Ends the session behind one session id. */
export async function endSession({ store }: SessionDeps, sessionId: string): Promise<void> {
  await store.sessions.delete(sha256(sessionId));
}

/** The most accounts one browser is signed in to at once (docs/api.md#several-accounts). */
export const MAX_ACCOUNTS = 5;

/** A session id as `randomToken` makes them: base64url, never a `.` (the cookie's separator). */
const SESSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The session ids a session cookie carries, the active account's first: one per signed-in account,
 * joined by `.` (docs/api.md#several-accounts). Anything else in it is ignored.
 */
export function sessionIds(cookieValue: string | undefined): string[] {
  if (!cookieValue) return [];
  const ids = cookieValue.split(".").filter((id) => SESSION_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_ACCOUNTS);
}

/**
 * The browser's active account: the first live session of the cookie, with its user and portals;
 * null when there is none. Every call outside an interaction acts for this one only.
 */
export async function findSignedIn(
  deps: SessionDeps,
  cookieValue: string | undefined,
): Promise<SignedIn | null> {
  for (const id of sessionIds(cookieValue)) {
    const signedIn = await findSession(deps, id);
    if (signedIn) return signedIn;
  }
  return null;
}

/**
 * The live session behind one session id, with its user and portals; null when there is none.
 * `use: false` reads it without counting as a use: listing an account is not using it, so each
 * account keeps its own idle timeout (docs/api.md#several-accounts).
 */
export async function findSession(
  { store, clock }: SessionDeps,
  sessionId: string,
  { use }: { use: boolean } = { use: true },
): Promise<SignedIn | null> {
  const now = epochSeconds(clock);
  let session = await store.sessions.get(sha256(sessionId));
  if (!session || session.expires_at <= now) return null;
  if (now - session.last_seen_at >= SESSION_IDLE_TIMEOUT) {
    await store.sessions.delete(session.id_hash);
    return null;
  }
  if (use && now - session.last_seen_at >= LAST_SEEN_RESOLUTION) {
    session = { ...session, last_seen_at: now };
    await store.sessions.update(session);
  }
  const user = await store.users.get(session.user_id);
  // Disabling deletes the sessions too; this also covers a session started in the same instant.
  if (!user || user.disabled) return null;
  const portals: PortalRecord[] = [];
  for (const account of user.accounts) {
    const portal = await store.portals.get(account.portal_id);
    if (portal) portals.push(portal);
  }
  const portalId = sessionPortal(
    session,
    portals.map((portal) => portal.id),
  );
  return { session, user, portals, portalId };
}

/**
 * Makes one of the person's portals the session's. Chosen for a sign-in request, it must be a portal
 * where the request's app may be used. @see docs/api.md#portals-of-an-app
 */
export async function choosePortal(
  { store, clock }: SessionDeps,
  signedIn: SignedIn,
  portalId: string,
  forClient: Pick<ClientRecord, "portal_id" | "allow_other_portals"> | null,
): Promise<SignedIn> {
  if (!signedIn.portals.some((portal) => portal.id === portalId)) {
    throw invalidRequest("portal_id: not a portal of this account");
  }
  if (forClient && !mayUseOnPortal(forClient, portalId)) {
    throw forbidden("this application can be used on its own portal only");
  }
  const chosenAt = clock();
  const session = {
    ...signedIn.session,
    portal_id: portalId,
    portal_chosen_at: secondsOf(chosenAt),
    portal_chosen_at_ms: chosenAt,
  };
  await store.sessions.update(session);
  return { ...signedIn, session, portalId };
}

/** The session's user as the SPA sees it (docs/api.md#session). */
export function publicUser({ user, portals, portalId }: SignedIn) {
  const portal = portals.find((candidate) => candidate.id === portalId) ?? null;
  const role = user.accounts.find((account) => account.portal_id === portal?.id)?.role ?? null;
  return { email: user.email, display_name: user.display_name, portal, role };
}
