import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import { sha256 } from "./secrets.ts";
import { endSession, type SessionDeps } from "./sessions.ts";

export type SignOutDeps = SessionDeps & { audit: AuditLog };

/**
 * Ends the session behind a cookie value and audits it as `signed_out` in each of the person's
 * portals; a cookie with no session behind it ends nothing and records nothing.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2, docs/operations.md#audit-events
 */
export async function signOut(
  deps: SignOutDeps,
  cookieValue: string | undefined,
  source: AuditSource,
): Promise<void> {
  const session = cookieValue ? await deps.store.sessions.get(sha256(cookieValue)) : null;
  await endSession(deps, cookieValue);
  const user = session ? await deps.store.users.get(session.user_id) : null;
  if (!user) return;
  recordAudit(deps, { event: "signed_out", portal_ids: portalsOf(user), person: auditPerson(user), source });
}
