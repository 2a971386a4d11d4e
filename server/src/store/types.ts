// The one import point of the store's records and interfaces: each lives in its aggregate's file.
export type { AuditEventRecord, AuditQuery, AuditRepository } from "./audit.ts";
export type { ClientRecord, ClientRepository } from "./clients.ts";
export type { CodeRecord, CodeRepository, CodeWithGrant } from "./codes.ts";
export type { GrantRecord, GrantRepository } from "./grants.ts";
export type {
  AuthorizationRequest,
  InteractionChoice,
  InteractionRecord,
  InteractionRepository,
} from "./interactions.ts";
export type { KeyRepository, SigningKeyRecord } from "./keys.ts";
export type { OneTimeTokenKind, OneTimeTokenRecord, OneTimeTokenRepository } from "./one-time-tokens.ts";
export type { PasskeyDeviceType, PasskeyRecord, PasskeyRepository } from "./passkeys.ts";
export type { PendingSignInKind, PendingSignInRecord, PendingSignInRepository } from "./pending-sign-ins.ts";
export type { PortalPolicy, PortalRecord, PortalRepository } from "./portals.ts";
export type { SecondFactorRepository, TotpRecord } from "./second-factors.ts";
export type { SessionRecord, SessionRepository } from "./sessions.ts";
export type { RecordCounts, Store } from "./store.ts";
export type { ThrottleRepository } from "./throttle.ts";
export type {
  AccessTokenRecord,
  IssuedTokens,
  RefreshTokenRecord,
  RefreshTokenWithGrant,
  Rotation,
  TokenFamilyRecord,
  TokenRepository,
} from "./tokens.ts";
export type { PortalAccount, PortalRole, UserChanges, UserRecord, UserRepository } from "./users.ts";
export type {
  WebauthnCeremony,
  WebauthnChallengeRecord,
  WebauthnChallengeRepository,
} from "./webauthn-challenges.ts";
