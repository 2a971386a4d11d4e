import type { SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { unauthenticated } from "../errors.ts";
import type { PendingSignInKind, PendingSignInRecord, Store, UserRecord } from "../store/types.ts";
import { PASSWORD_ONLY } from "./authentication-methods.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { secondFactorMethods } from "./second-factors.ts";
import { randomToken, sha256 } from "./secrets.ts";

/** How long a right password waits for its second factor (docs/api.md#second-factors). */
export const PENDING_SIGN_IN_TTL = 5 * 60;

export interface PendingSignInDeps {
  store: Pick<Store, "pendingSignIns" | "users">;
  clock: Clock;
}

/** A live pending sign-in and its person. */
export interface Pending {
  record: PendingSignInRecord;
  user: UserRecord;
}

/** Starts a pending sign-in for `user` after their password; returns the cookie value (only its hash is stored). */
export async function startPendingSignIn(
  { store, clock }: PendingSignInDeps,
  user: UserRecord,
  kind: PendingSignInKind,
): Promise<string> {
  const now = epochSeconds(clock);
  const cookieValue = randomToken();
  await store.pendingSignIns.insert({
    id_hash: sha256(cookieValue),
    user_id: user.id,
    kind,
    amr: [...PASSWORD_ONLY],
    created_at: now,
    expires_at: now + PENDING_SIGN_IN_TTL,
    consumed_at: null,
  });
  return cookieValue;
}

/** The live pending sign-in behind a cookie value, or null: unknown, used, expired, or its person disabled. */
export async function findPendingSignIn(
  { store, clock }: PendingSignInDeps,
  cookieValue: string | undefined,
): Promise<Pending | null> {
  if (!cookieValue) return null;
  const record = await store.pendingSignIns.get(sha256(cookieValue));
  if (!record || record.consumed_at !== null || record.expires_at <= epochSeconds(clock)) return null;
  const user = await store.users.get(record.user_id);
  if (!user || user.disabled) return null;
  return { record, user };
}

/** The live pending sign-in of `kind`, or `401 unauthenticated` (docs/api.md#second-factors). */
export async function requirePendingSignIn(
  deps: PendingSignInDeps,
  cookieValue: string | undefined,
  kind: PendingSignInKind,
): Promise<Pending> {
  const pending = await findPendingSignIn(deps, cookieValue);
  if (!pending || pending.record.kind !== kind) throw unauthenticated("no sign-in waits for a second factor");
  return pending;
}

/**
 * `GET /api/session/second-factor`: what the live pending sign-in waits for, as `POST /api/session`
 * answered it, so a reloaded page comes back to the same step; `401 unauthenticated` without one.
 * @see docs/api.md#second-factors
 */
export async function pendingSignInState(
  deps: PendingSignInDeps & { store: Pick<Store, "secondFactors" | "passkeys"> },
  cookieValue: string | undefined,
): Promise<SecondFactorNeeded> {
  const pending = await findPendingSignIn(deps, cookieValue);
  if (pending?.record.kind === "setup") return { second_factor_setup: true };
  const methods = pending ? await secondFactorMethods(deps, pending.user) : [];
  // A second factor removed meanwhile (reset-2fa) leaves nothing to ask: the password is asked again.
  if (methods.length === 0) throw unauthenticated("no sign-in waits for a second factor");
  return { second_factor: methods };
}

/** Ends the pending sign-in: once only, so of two racing finishes one starts a session (docs/security.md#second-factors). */
export async function finishPendingSignIn(
  { store, clock }: PendingSignInDeps,
  pending: Pending,
): Promise<void> {
  const consumed = await store.pendingSignIns.consume(pending.record.id_hash, epochSeconds(clock));
  if (!consumed) throw unauthenticated("this sign-in was finished already");
}

/** Forgets the pending sign-in behind a cookie value, if any (signing out, or a new password sign-in). */
export async function dropPendingSignIn(
  { store }: Pick<PendingSignInDeps, "store">,
  cookieValue: string | undefined,
): Promise<void> {
  if (cookieValue) await store.pendingSignIns.delete(sha256(cookieValue));
}
