import type { Store } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { longestSignedLifetime } from "./keys.ts";
import { SESSION_IDLE_TIMEOUT } from "./sessions.ts";
import { longestThrottleWindow } from "./throttle.ts";

export interface PruneDeps {
  store: Pick<
    Store,
    | "interactions"
    | "sessions"
    | "codes"
    | "tokens"
    | "keys"
    | "throttle"
    | "audit"
    | "oneTimeTokens"
    | "webauthnChallenges"
    | "pendingSignIns"
  >;
  clock: Clock;
  config: { accessTokenTtl: number; auditRetention: number };
}

/** How many records of each kind one prune deleted. */
export interface Pruned {
  interactions: number;
  sessions: number;
  codes: number;
  tokens: number;
  keys: number;
  throttle: number;
  audit: number;
  oneTimeTokens: number;
  webauthnChallenges: number;
  pendingSignIns: number;
}

/**
 * Forgets every record that can no longer answer anything, so anonymous traffic cannot grow the
 * store: interactions, codes and tokens past their end (a used code is kept until then, to detect
 * a replay, RFC 6749 §4.1.2), sessions past their absolute or idle end, revoked or emptied token
 * families, throttle keys with no attempt in any window, retired keys no longer published,
 * audit events older than `AUDIT_RETENTION`, one-time links past their end, used or not, and WebAuthn challenges past theirs.
 * audit events older than `AUDIT_RETENTION`, and one-time links and pending sign-ins past their
 * end, used or not.
 * Idempotent: instances that prune at once delete each record once.
 * @see docs/operations.md#pruning
 */
export async function pruneExpired({ store, clock, config }: PruneDeps): Promise<Pruned> {
  const now = epochSeconds(clock);
  return {
    interactions: await store.interactions.prune(now),
    sessions: await store.sessions.prune(now, now - SESSION_IDLE_TIMEOUT),
    codes: await store.codes.prune(now),
    tokens: await store.tokens.prune(now),
    keys: await store.keys.prune(now - longestSignedLifetime(config)),
    throttle: await store.throttle.prune(now - longestThrottleWindow() + 1),
    audit: await store.audit.prune((now - config.auditRetention) * 1000),
    oneTimeTokens: await store.oneTimeTokens.prune(now),
    webauthnChallenges: await store.webauthnChallenges.prune(now),
    pendingSignIns: await store.pendingSignIns.prune(now),
  };
}
