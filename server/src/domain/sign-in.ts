import type { SecondFactorMethod } from "@gatehouse/shared/schemas/second-factors";
import { invalidCredentials, OAuthError, unauthenticated } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import {
  type AuditLog,
  type AuditSource,
  auditPerson,
  auditSource,
  portalsOf,
  recordAudit,
} from "./audit.ts";
import { type AuthenticationMethod, PASSWORD_ONLY } from "./authentication-methods.ts";
import { joinSession } from "./browser-accounts.ts";
import { epochSeconds } from "./clock.ts";
import { dropPendingSignIn, startPendingSignIn } from "./pending-sign-ins.ts";
import { secondFactorMethods, secondFactorRequired } from "./second-factors.ts";
import { verifyPassword } from "./secrets.ts";
import { findSession, type SessionDeps, type SignedIn, type SignInOrigin, startSession } from "./sessions.ts";
import {
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
  type ThrottleCounter,
  type ThrottleDeps,
  throttleAttempt,
} from "./throttle.ts";

export type SignInDeps = ThrottleDeps &
  SessionDeps & {
    store: Pick<
      Store,
      "throttle" | "sessions" | "users" | "portals" | "secondFactors" | "passkeys" | "pendingSignIns"
    >;
    audit: AuditLog;
  };

/**
 * What a right password leads to: a session, or a pending sign-in waiting for a second factor the
 * person has (`second_factor`) or must set up first (`second_factor_setup`). @see docs/api.md#second-factors
 */
export type SignInOutcome =
  | { kind: "signed_in"; cookieValue: string; signedIn: SignedIn }
  | { kind: "second_factor"; pendingValue: string; methods: SecondFactorMethod[] }
  | { kind: "second_factor_setup"; pendingValue: string };

/**
 * The counters a sign-in attempt (a password or a second factor's code) is judged by: per email,
 * counted before it is checked, and per address, failures only. `reset`: a success forgets the
 * email's failures; a password followed by a second factor does not, so a thief of the password
 * cannot clear the count of wrong codes (docs/security.md#second-factors).
 */
export function signInCounters(email: string, address: string, reset: boolean): ThrottleCounter[] {
  return [
    { key: `sign-in:${email}`, policy: SIGN_IN_PER_ACCOUNT, resetOnSuccess: reset },
    // Per address, only failures count: many people behind one address may sign in at once.
    { key: `sign-in-from:${address}`, policy: SIGN_IN_PER_ADDRESS, judging: "after-check" },
  ];
}

interface Credentials {
  /** Normalised by the shared schema: one email, one key, whatever its case. */
  email: string;
  password: string;
  /** The client address (the socket's, or the one `TRUST_PROXY` vouches for). */
  address: string;
  /** Where the attempt came from, for the audit log. */
  source: AuditSource;
  /**
   * The session cookie the browser brought, replaced on success by one adding the new session, its
   * other ids renamed: a sign-in never adopts it (docs/api.md#several-accounts).
   */
  replacing: string | undefined;
  /** The browser's user agent, for the person's sessions list. */
  userAgent: string | null;
  /** The pending sign-in cookie the browser brought, forgotten: a new password starts over. */
  pending: string | undefined;
}

/**
 * Signs a person in: throttle (per email, however many addresses, and per address), password, then
 * a new session, or a pending sign-in when a second factor comes between (docs/api.md#second-factors).
 * A wrong email and a wrong password fail alike, after the same hashing work. Each attempt is
 * audited, in every portal of the person; an unknown email is not stored.
 * @see docs/security.md#throttling, OWASP ASVS 6.3.1 (brute force) and 7.2.4 (new session on sign-in),
 *   docs/operations.md#audit-events
 */
export async function signIn(deps: SignInDeps, credentials: Credentials): Promise<SignInOutcome> {
  try {
    const outcome = await signInWithPassword(deps, credentials);
    if (outcome.kind === "signed_in") {
      recordSignIn(deps, "sign_in.succeeded", outcome.signedIn.user, credentials.source, {});
    }
    return outcome;
  } catch (error) {
    if (error instanceof OAuthError) {
      const reason = error.status === 429 ? "throttled" : "invalid_credentials";
      const user = await deps.store.users.findByEmail(credentials.email);
      recordSignIn(deps, "sign_in.failed", user, credentials.source, { reason });
    }
    throw error;
  }
}

export function recordSignIn(
  deps: Pick<SignInDeps, "audit">,
  event: "sign_in.succeeded" | "sign_in.failed",
  user: UserRecord | null,
  source: AuditSource,
  details: Record<string, unknown>,
): void {
  recordAudit(deps, {
    event,
    portal_ids: user ? portalsOf(user) : [],
    person: user ? auditPerson(user) : null,
    source,
    details: { method: "password", ...details },
  });
}

async function signInWithPassword(
  deps: SignInDeps,
  { email, password, address, replacing, userAgent, pending }: Credentials,
): Promise<SignInOutcome> {
  const user = await throttleAttempt(deps, signInCounters(email, address, false), async () => {
    const found = await deps.store.users.findByEmail(email);
    const valid = await verifyPassword(password, found?.password_hash ?? null);
    // A disabled person fails as a wrong password does, after the same work (docs/api.md#people).
    if (!found || !valid || found.disabled) throw invalidCredentials();
    return found;
  });
  await dropPendingSignIn(deps, pending);
  // The browser's session stays until the second factor is passed (docs/api.md#second-factors).
  const methods = await secondFactorMethods(deps, user);
  if (methods.length > 0) {
    return { kind: "second_factor", pendingValue: await startPendingSignIn(deps, user, "verify"), methods };
  }
  if (await secondFactorRequired(deps, user)) {
    return { kind: "second_factor_setup", pendingValue: await startPendingSignIn(deps, user, "setup") };
  }
  await deps.store.throttle.reset(`sign-in:${email}`);
  return {
    kind: "signed_in",
    ...(await startSignedIn(deps, user, { userAgent, address, joining: replacing })),
  };
}

/** Where a sign-in came from, and the session cookie the browser brought, which the new session joins. */
export interface SignInArrival extends SignInOrigin {
  joining: string | undefined;
}

/**
 * Signs in a person who just proved who they are (a password, a one-time link with a new
 * password, or a passkey: `amr`): a new session, the browser's active account beside the others it
 * is signed in to, and their last sign-in recorded. `cookieValue`: the whole new session cookie.
 * @see docs/api.md#people, docs/api.md#several-accounts
 */
export async function startSignedIn(
  deps: SessionDeps & { audit: AuditLog },
  user: UserRecord,
  { joining, ...origin }: SignInArrival,
  amr: readonly AuthenticationMethod[] = PASSWORD_ONLY,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  await deps.store.users.change(user.id, { last_sign_in_at: epochSeconds(deps.clock) });
  const { cookieValue: sessionId } = await startSession(deps, user, amr, origin);
  const signedIn = await findSession(deps, sessionId);
  if (!signedIn) throw unauthenticated("the new session could not be read back");
  const source = auditSource(origin.address ?? undefined, origin.userAgent ?? undefined);
  const cookieValue = await joinSession(deps, joining, { sessionId, userId: user.id }, source);
  return { cookieValue, signedIn };
}
