import { OAuthError, tooManyRequests } from "../errors.ts";
import type { Store } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";

/** How a key's failures slow it down: free attempts, then exponential back-off, then a lock. */
export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** Failures within the window after which the key waits until the oldest counted one leaves it. */
  limit: number;
  windowSeconds: number;
}

/** A key an attempt is counted under, and the policy that judges it. */
export interface ThrottleCounter {
  key: string;
  policy: ThrottlePolicy;
  /** A success forgets the key's earlier failures too, not only itself (sign-in per email). */
  resetOnSuccess?: boolean;
  /** When the attempt is counted under this key (default `before-check`). */
  judging?: ThrottleJudging;
  /** A success stays counted too: for calls that each store something (a passkey ceremony's challenge). */
  keepOnSuccess?: boolean;
}

export interface ThrottleDeps {
  store: Pick<Store, "throttle">;
  clock: Clock;
}

/**
 * Seconds an attempt must wait, given the times of the attempts counted before it in the window:
 * none for the first `freeFailures`, then doubling (1 s, 2 s, 4 s …) from the latest, and at
 * `limit` until the oldest counted one leaves the window.
 * @see OWASP ASVS 6.3.1 (brute force), docs/security.md#throttling (at the latest after 10 failures in 15 minutes)
 */
export function waitFor(earlier: readonly number[], now: number, policy: ThrottlePolicy): number {
  const { freeFailures, limit, windowSeconds } = policy;
  if (earlier.length >= limit) {
    const oldestCounted = earlier[earlier.length - limit] ?? now;
    return Math.max(1, oldestCounted + windowSeconds - now);
  }
  if (earlier.length < freeFailures) return 0;
  const last = earlier[earlier.length - 1] ?? now;
  return Math.max(0, last + 2 ** (earlier.length - freeFailures) - now);
}

/**
 * How an attempt is judged under a key. `before-check` (sign-in per email): counted before `check`
 * runs, so attempts made at once are judged by how many came before them. `after-check` (client
 * authentication, and sign-in per address, where many people's correct attempts may arrive at
 * once): `check` runs first and only a failure is counted, atomically, before any answer leaves; a
 * locked key answers 429 whatever the check found, and a burst of correct attempts is never
 * throttled by its own size.
 */
export type ThrottleJudging = "before-check" | "after-check";

/** The longest wait the counters ask for, given each one's earlier attempts. */
function longestWait(
  counters: readonly ThrottleCounter[],
  windows: readonly number[][],
  now: number,
): number {
  return Math.max(0, ...counters.map(({ policy }, i) => waitFor(windows[i] ?? [], now, policy)));
}

/**
 * Runs `check` as one throttled attempt, counted under every counter in one atomic store operation
 * each (docs/security.md#throttling). One that must wait is refused with `429` and forgotten; an `OAuthError`
 * from `check` is a failure and stays counted; a success forgets the attempt (or resets the key).
 */
export async function throttleAttempt<T>(
  { store, clock }: ThrottleDeps,
  counters: readonly ThrottleCounter[],
  check: () => Promise<T>,
): Promise<T> {
  const now = epochSeconds(clock);
  const since = (policy: ThrottlePolicy) => now - policy.windowSeconds + 1;
  const before = counters.filter(({ judging }) => (judging ?? "before-check") === "before-check");
  const after = counters.filter(({ judging }) => judging === "after-check");
  /** Counts this attempt under `some`, atomically, and answers the attempts counted before it. */
  const hit = async (some: readonly ThrottleCounter[]) =>
    (await Promise.all(some.map(({ key, policy }) => store.throttle.hit(key, now, since(policy))))).map(
      (times) => times.slice(0, -1),
    );
  const forget = (some: readonly ThrottleCounter[]) =>
    Promise.all(some.map(({ key }) => store.throttle.forget(key, now)));
  /** A refused attempt is forgotten wherever it was counted: only judged attempts count. */
  const refuseIfWaiting = async (
    some: readonly ThrottleCounter[],
    earlier: number[][],
    counted: readonly ThrottleCounter[],
  ) => {
    const wait = longestWait(some, earlier, now);
    if (wait === 0) return;
    await forget(counted);
    throw tooManyRequests(wait);
  };

  await refuseIfWaiting(before, await hit(before), before);
  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof OAuthError)) {
      await forget(before);
      throw error;
    }
    await refuseIfWaiting(after, await hit(after), [...before, ...after]);
    throw error;
  }
  const windows =
    after.length === 0
      ? []
      : await store.throttle.windows(after.map(({ key, policy }) => ({ key, since: since(policy) })));
  await refuseIfWaiting(after, windows, before);
  await Promise.all(
    counters.map(({ key, resetOnSuccess, judging, keepOnSuccess }) => {
      if (resetOnSuccess) return store.throttle.reset(key);
      if (keepOnSuccess) return undefined;
      return (judging ?? "before-check") === "before-check" ? store.throttle.forget(key, now) : undefined;
    }),
  );
  return result;
}

/** The longest window of any throttle: a key with no attempt within it counts nothing. */
export const longestThrottleWindow = (): number =>
  Math.max(
    SIGN_IN_PER_ACCOUNT.windowSeconds,
    SIGN_IN_PER_ADDRESS.windowSeconds,
    CLIENT_AUTHENTICATION.windowSeconds,
    PASSKEY_OPTIONS_PER_ADDRESS.windowSeconds,
    PASSWORD_RESET_PER_EMAIL.windowSeconds,
    PASSWORD_RESET_PER_ADDRESS.windowSeconds,
  );

/** Sign-in: per email (docs/security.md#throttling) … */
export const SIGN_IN_PER_ACCOUNT: ThrottlePolicy = { freeFailures: 5, limit: 10, windowSeconds: 15 * 60 };
/** … and per client address, looser, since many people may share one. */
export const SIGN_IN_PER_ADDRESS: ThrottlePolicy = { freeFailures: 20, limit: 100, windowSeconds: 15 * 60 };
/**
 * Client authentication at the token, revocation and introspection endpoints, per client and
 * address together (never before the 5th failure, docs/security.md#throttling), and per address across clients.
 */
export const CLIENT_AUTHENTICATION: ThrottlePolicy = { freeFailures: 10, limit: 50, windowSeconds: 15 * 60 };
/**
 * Passkey ceremonies' options, per client address, every call counted: each stores a challenge for 5
 * minutes, so an address cannot fill the store (docs/security.md#throttling). Loose, since the sign-in
 * page asks for options as it opens (conditional UI) and many people may share one address.
 */
export const PASSKEY_OPTIONS_PER_ADDRESS: ThrottlePolicy = {
  freeFailures: 60,
  limit: 120,
  windowSeconds: 5 * 60,
};
/**
 * "Forgot password?" requests, every one counted, per email (known or not: the count says nothing
 * about the email) and per client address. Past either, the request is answered `202` as always,
 * no link is made or mailed, and it is audited as throttled: no inbox is flooded with links
 * (docs/security.md#throttling).
 */
export const PASSWORD_RESET_PER_EMAIL: ThrottlePolicy = { freeFailures: 5, limit: 5, windowSeconds: 60 * 60 };
export const PASSWORD_RESET_PER_ADDRESS: ThrottlePolicy = {
  freeFailures: 30,
  limit: 30,
  windowSeconds: 15 * 60,
};
