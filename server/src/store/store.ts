import type { AuditRepository } from "./audit.ts";
import type { ClientRepository } from "./clients.ts";
import type { CodeRepository } from "./codes.ts";
import type { GrantRepository } from "./grants.ts";
import type { InteractionRepository } from "./interactions.ts";
import type { KeyRepository } from "./keys.ts";
import type { OneTimeTokenRepository } from "./one-time-tokens.ts";
import type { PasskeyRepository } from "./passkeys.ts";
import type { PendingSignInRepository } from "./pending-sign-ins.ts";
import type { PortalRepository } from "./portals.ts";
import type { SecondFactorRepository } from "./second-factors.ts";
import type { SessionRepository } from "./sessions.ts";
import type { ThrottleRepository } from "./throttle.ts";
import type { TokenRepository } from "./tokens.ts";
import type { UserRepository } from "./users.ts";
import type { WebauthnChallengeRepository } from "./webauthn-challenges.ts";

/** The number of records per kind, named as the PostgreSQL tables are. */
export interface RecordCounts {
  portals: number;
  users: number;
  clients: number;
  sessions: number;
  interactions: number;
  codes: number;
  grants: number;
  token_families: number;
  refresh_tokens: number;
  access_tokens: number;
  signing_keys: number;
  throttle_windows: number;
  one_time_tokens: number;
  passkeys: number;
  webauthn_challenges: number;
  totp_authenticators: number;
  pending_sign_ins: number;
}

/**
 * The Store: an async, engine-neutral interface. It holds no rules: whatever is a rule (expiry,
 * coverage, reuse) lives in `domain/`. Operations that must be atomic say so, and every engine
 * guarantees it. Times are Unix seconds. Secrets (session ids, codes, refresh tokens, client
 * secrets, passwords) are stored only as hashes. A lookup by a key no record can hold (a NUL, a
 * lone surrogate) finds nothing, on every engine; it never throws.
 */
export interface Store {
  readonly portals: PortalRepository;
  readonly users: UserRepository;
  readonly clients: ClientRepository;
  readonly sessions: SessionRepository;
  readonly interactions: InteractionRepository;
  readonly codes: CodeRepository;
  readonly grants: GrantRepository;
  readonly tokens: TokenRepository;
  readonly keys: KeyRepository;
  readonly throttle: ThrottleRepository;
  readonly audit: AuditRepository;
  readonly oneTimeTokens: OneTimeTokenRepository;
  readonly passkeys: PasskeyRepository;
  readonly webauthnChallenges: WebauthnChallengeRepository;
  readonly secondFactors: SecondFactorRepository;
  readonly pendingSignIns: PendingSignInRepository;
  /** How many records of each kind the store holds, for operations and the growth tests. */
  countRecords(): Promise<RecordCounts>;
  /** True when the store holds no portal, user or client yet (so it may be seeded). */
  isEmpty(): Promise<boolean>;
  /**
   * Runs `task` while no other `exclusively` task of this store runs, in this process or in any
   * other instance on the same database: for work that checks and then writes, such as seeding.
   */
  exclusively<T>(task: () => Promise<T>): Promise<T>;
  /** Finishes pending writes and releases the engine. */
  close(): Promise<void>;
}
