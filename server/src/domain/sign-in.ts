import { invalidCredentials, OAuthError, unauthenticated } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import { type AuthenticationMethod, PASSWORD_ONLY } from "./authentication-methods.ts";
import { epochSeconds } from "./clock.ts";
import { verifyPassword } from "./secrets.ts";
import {
  endSession,
  findSignedIn,
  type SessionDeps,
  type SignedIn,
  type SignInOrigin,
  startSession,
} from "./sessions.ts";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

export type SignInDeps = ThrottleDeps &
  SessionDeps & { store: Pick<Store, "throttle" | "sessions" | "users" | "portals">; audit: AuditLog };

interface Credentials {
  /** Normalised by the shared schema: one email, one key, whatever its case. */
  email: string;
  password: string;
  /** The client address (the socket's, or the one `TRUST_PROXY` vouches for). */
  address: string;
  /** Where the attempt came from, for the audit log. */
  source: AuditSource;
  /** The session cookie the browser brought, ended on success: a sign-in never adopts it. */
  replacing: string | undefined;
  /** The browser's user agent, for the person's sessions list. */
  userAgent: string | null;
}

/**
 * Signs a person in: throttle (per email, however many addresses, and per address), password, a
 * new session. A wrong email and a wrong password fail alike, after the same hashing work.
 * (A second factor, when accounts get one, comes between the password and the session.)
 * Each attempt is audited, in every portal of the person; an unknown email is not stored.
 * @see docs/security.md#throttling, OWASP ASVS 6.3.1 (brute force) and 7.2.4 (new session on sign-in),
 *   docs/operations.md#audit-events
 */
export async function signIn(
  deps: SignInDeps,
  credentials: Credentials,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  try {
    const signedIn = await signInWithPassword(deps, credentials);
    recordSignIn(deps, "sign_in.succeeded", signedIn.signedIn.user, credentials.source, {});
    return signedIn;
  } catch (error) {
    if (error instanceof OAuthError) {
      const reason = error.status === 429 ? "throttled" : "invalid_credentials";
      const user = await deps.store.users.findByEmail(credentials.email);
      recordSignIn(deps, "sign_in.failed", user, credentials.source, { reason });
    }
    throw error;
  }
}

function recordSignIn(
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
  { email, password, address, replacing, userAgent }: Credentials,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  const counters = [
    { key: `sign-in:${email}`, policy: SIGN_IN_PER_ACCOUNT, resetOnSuccess: true },
    // Per address, only failures count: many people behind one address may sign in at once.
    { key: `sign-in-from:${address}`, policy: SIGN_IN_PER_ADDRESS, judging: "after-check" as const },
  ];
  const user = await throttleAttempt(deps, counters, async () => {
    const found = await deps.store.users.findByEmail(email);
    const valid = await verifyPassword(password, found?.password_hash ?? null);
    // A disabled person fails as a wrong password does, after the same work (docs/api.md#people).
    if (!found || !valid || found.disabled) throw invalidCredentials();
    return found;
  });
  await endSession(deps, replacing);
  return startSignedIn(deps, user, { userAgent, address });
}

/**
 * Signs in a person who just proved who they are (a password, a one-time link with a new
 * password, or a passkey: `amr`): a new session, and their last sign-in recorded (docs/api.md#people).
 */
export async function startSignedIn(
  deps: SessionDeps,
  user: UserRecord,
  origin: SignInOrigin,
  amr: readonly AuthenticationMethod[] = PASSWORD_ONLY,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  await deps.store.users.change(user.id, { last_sign_in_at: epochSeconds(deps.clock) });
  const { cookieValue } = await startSession(deps, user, amr, origin);
  const signedIn = await findSignedIn(deps, cookieValue);
  if (!signedIn) throw unauthenticated("the new session could not be read back");
  return { cookieValue, signedIn };
}
