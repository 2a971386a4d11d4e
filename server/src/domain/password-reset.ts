import { expiredLink, forbidden, notFound, OAuthError } from "../errors.ts";
import type { UserRecord } from "../store/types.ts";
import { mailLocale, passwordResetMail } from "./mails.ts";
import { consumeLink, expiresAtIso, findLiveLink, issueLink, LINK_LIFETIMES } from "./one-time-links.ts";
import { hashNewPassword } from "./passwords.ts";
import { type Actor, type PeopleDeps, raise } from "./people.ts";
import type { SignInOrigin } from "./sessions.ts";
import {
  PASSWORD_RESET_PER_ADDRESS,
  PASSWORD_RESET_PER_EMAIL,
  type ThrottleCounter,
  throttleAttempt,
} from "./throttle.ts";

/**
 * `POST /api/people/:user_id/password-reset`: a reset link, valid 30 minutes, for a member of the
 * actor's portal. Only an owner makes one for an owner: the link takes the account over.
 * @see docs/api.md#people
 */
export async function makeResetLink(
  deps: PeopleDeps,
  actor: Actor,
  userId: string,
): Promise<{ reset_url: string; expires_at: string }> {
  const user = await deps.store.users.get(userId);
  const account = user?.accounts.find((candidate) => candidate.portal_id === actor.portalId);
  if (!user || !account) throw notFound("no such person on this portal");
  if (account.role === "owner" && actor.role !== "owner")
    throw forbidden("only owners reset an owner's password");
  const { url, record } = await issueLink(deps, deps.config.issuer, "password_reset", { user_id: user.id });
  await raise(deps, actor.origin, {
    event: "password.reset_requested",
    portal_id: actor.portalId,
    actor_id: actor.user.id,
    user_id: user.id,
    details: { by: "admin" },
  });
  return { reset_url: url, expires_at: expiresAtIso(record) };
}

/**
 * `POST /api/password-reset`: mails a reset link when the email belongs to an enabled person and
 * there is a mailer; does nothing otherwise. Callers answer `202` before this runs, so the answer
 * and its time say nothing about the email (docs/security.md#one-time-links). Each request is
 * counted per email and per address before the email is looked up; past either limit, it is only
 * audited, as throttled. Resolves to whether the request was within them.
 */
export async function mailResetLink(deps: PeopleDeps, email: string, origin: SignInOrigin): Promise<boolean> {
  const counters: ThrottleCounter[] = [
    { key: `password-reset:${email}`, policy: PASSWORD_RESET_PER_EMAIL, keepOnSuccess: true },
  ];
  if (origin.address !== null) {
    counters.push({
      key: `password-reset-from:${origin.address}`,
      policy: PASSWORD_RESET_PER_ADDRESS,
      keepOnSuccess: true,
    });
  }
  try {
    await throttleAttempt(deps, counters, () => mailWithinLimits(deps, email, origin));
    return true;
  } catch (error) {
    if (!(error instanceof OAuthError && error.status === 429)) throw error;
    // Audited as a throttled sign-in is: who was asked about, from where, and that it was dropped.
    await recordRequest(deps, email, origin, { by: "email", reason: "throttled" });
    return false;
  }
}

async function recordRequest(
  deps: PeopleDeps,
  email: string,
  origin: SignInOrigin,
  details: Record<string, string>,
): Promise<UserRecord | null> {
  const user = await deps.store.users.findByEmail(email);
  await raise(deps, origin, {
    event: "password.reset_requested",
    portal_id: null,
    actor_id: null,
    user_id: user?.id ?? null,
    details,
  });
  return user;
}

async function mailWithinLimits(deps: PeopleDeps, email: string, origin: SignInOrigin): Promise<void> {
  const user = await recordRequest(deps, email, origin, { by: "email" });
  if (!user || user.disabled || !deps.mailer) return;
  const { url } = await issueLink(deps, deps.config.issuer, "password_reset", { user_id: user.id });
  const [first] = user.accounts;
  const portal = first && user.accounts.length === 1 ? await deps.store.portals.get(first.portal_id) : null;
  await deps.mailer.send(
    passwordResetMail({
      to: user.email,
      locale: mailLocale(user.locale, deps.config.defaultLocale),
      portalName: portal?.name ?? null,
      link: url,
      validFor: LINK_LIFETIMES.password_reset,
    }),
  );
}

/** The enabled person a reset link is for; `410` when the link is dead or its person gone or disabled. */
async function resetTarget(deps: PeopleDeps, token: string): Promise<UserRecord> {
  const link = await findLiveLink(deps, "password_reset", token);
  const user = link.user_id ? await deps.store.users.get(link.user_id) : null;
  if (!user || user.disabled) throw expiredLink({ detail: "the link's person is gone or disabled" });
  return user;
}

/**
 * `POST /api/password-reset/confirm`: sets the new password (checked before the link is used up)
 * and ends every session of the person. @see docs/api.md#password-reset
 */
export async function confirmPasswordReset(
  deps: PeopleDeps,
  token: string,
  newPassword: string,
  origin: SignInOrigin,
): Promise<void> {
  const user = await resetTarget(deps, token);
  const passwordHash = await hashNewPassword(newPassword, user.email);
  await consumeLink(deps, "password_reset", token);
  await replacePassword(deps, user.id, passwordHash, origin, { actor_id: null, details: {} });
}

/**
 * Stores a new password (already checked and hashed) and ends every session of the person: what a
 * reset does, by link or by the operator. @see docs/api.md#password-reset
 */
export async function replacePassword(
  deps: PeopleDeps,
  userId: string,
  passwordHash: string,
  origin: SignInOrigin,
  by: { actor_id: string | null; details: Record<string, string> },
): Promise<void> {
  await deps.store.users.change(userId, { password_hash: passwordHash });
  await deps.store.sessions.deleteByUser(userId, null);
  await raise(deps, origin, { event: "password.reset", portal_id: null, user_id: userId, ...by });
}
