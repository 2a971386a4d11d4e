import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import { sha256 } from "./secrets.ts";
import { endSession, type SessionDeps, sessionIds } from "./sessions.ts";

export type SignOutDeps = SessionDeps & { audit: AuditLog };

/**
 * Ends every session a cookie carries, one per signed-in account ("Sign out of all accounts",
 * docs/api.md#several-accounts), each audited as its own person's `signed_out`.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2, docs/operations.md#audit-events
 */
export async function signOut(
  deps: SignOutDeps,
  cookieValue: string | undefined,
  source: AuditSource,
): Promise<void> {
  for (const sessionId of sessionIds(cookieValue)) await signOutSession(deps, sessionId, source);
}

/**
 * Ends the session behind one session id and audits it as `signed_out` in each of the person's
 * portals; an id with no session behind it ends nothing and records nothing.
 */
export async function signOutSession(
  deps: SignOutDeps,
  sessionId: string,
  source: AuditSource,
): Promise<void> {
  const session = await deps.store.sessions.get(sha256(sessionId));
  await endSession(deps, sessionId);
  const user = session ? await deps.store.users.get(session.user_id) : null;
  if (!user) return;
  recordAudit(deps, { event: "signed_out", portal_ids: portalsOf(user), person: auditPerson(user), source });
}
