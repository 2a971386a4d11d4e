import type { AuditEventRecord } from "../audit.ts";
import type { ClientRecord } from "../clients.ts";
import type { CodeRecord } from "../codes.ts";
import type { GrantRecord } from "../grants.ts";
import type { InteractionRecord } from "../interactions.ts";
import type { SigningKeyRecord } from "../keys.ts";
import type { OneTimeTokenRecord } from "../one-time-tokens.ts";
import type { PasskeyRecord } from "../passkeys.ts";
import type { PendingSignInRecord } from "../pending-sign-ins.ts";
import type { PortalRecord } from "../portals.ts";
import type { TotpRecord } from "../second-factors.ts";
import type { SessionRecord } from "../sessions.ts";
import type { AccessTokenRecord, RefreshTokenRecord, TokenFamilyRecord } from "../tokens.ts";
import type { UserRecord } from "../users.ts";
import type { WebauthnChallengeRecord } from "../webauthn-challenges.ts";
import { defineTable } from "./columns.ts";

// The column maps of migrations/001_initial.sql and those after it: one table per record type.

export const portals = defineTable<PortalRecord>("portals", "id", { id: "text", name: "text" });

export const users = defineTable<UserRecord>("users", "id", {
  id: "text",
  email: "text",
  display_name: "text",
  password_hash: "text",
  accounts: "jsonb",
  disabled: "boolean",
  last_sign_in_at: "bigint",
  updated_at: "bigint",
  locale: "text",
});

export const clients = defineTable<ClientRecord>("clients", "client_id", {
  client_id: "text",
  portal_id: "text",
  name: "text",
  description: "text",
  website_url: "text",
  policy_url: "text",
  terms_url: "text",
  logo: "jsonb",
  redirect_uris: "text[]",
  allowed_origins: "text[]",
  scopes: "text[]",
  public: "boolean",
  secret_hash: "text",
  allow_other_portals: "boolean",
  id_token_signed_response_alg: "text",
  enabled: "boolean",
  created_at: "bigint",
  updated_at: "bigint",
});

export const sessions = defineTable<SessionRecord>("sessions", "id_hash", {
  id_hash: "text",
  user_id: "text",
  portal_id: "text",
  auth_time: "bigint",
  auth_time_ms: "bigint",
  amr: "text[]",
  portal_chosen_at: "bigint",
  portal_chosen_at_ms: "bigint",
  created_at: "bigint",
  expires_at: "bigint",
  last_seen_at: "bigint",
  user_agent: "text",
  address: "text",
});

export const interactions = defineTable<InteractionRecord>("interactions", "id", {
  id: "text",
  browser_hash: "text",
  request: "jsonb",
  created_at: "bigint",
  created_at_ms: "bigint",
  arrival_session_hash: "text",
  expires_at: "bigint",
  choice: "jsonb",
  result: "jsonb",
});

export const codes = defineTable<CodeRecord>("codes", "code_hash", {
  code_hash: "text",
  client_id: "text",
  grant_id: "text",
  user_id: "text",
  portal_id: "text",
  redirect_uri: "text",
  scopes: "text[]",
  code_challenge: "text",
  nonce: "text",
  auth_time: "bigint",
  amr: "text[]",
  family_id: "text",
  created_at: "bigint",
  expires_at: "bigint",
  consumed_at: "bigint",
});

export const grants = defineTable<GrantRecord>("grants", "id", {
  id: "text",
  user_id: "text",
  portal_id: "text",
  client_id: "text",
  scopes: "text[]",
  created_at: "bigint",
  updated_at: "bigint",
});

export const families = defineTable<TokenFamilyRecord>("token_families", "id", {
  id: "text",
  grant_id: "text",
  client_id: "text",
  user_id: "text",
  portal_id: "text",
  auth_time: "bigint",
  amr: "text[]",
  created_at: "bigint",
  revoked_at: "bigint",
});

export const refreshTokens = defineTable<RefreshTokenRecord>("refresh_tokens", "token_hash", {
  token_hash: "text",
  family_id: "text",
  scopes: "text[]",
  created_at: "bigint",
  expires_at: "bigint",
  rotated_at: "bigint",
  successor: "jsonb",
});

export const accessTokens = defineTable<AccessTokenRecord>("access_tokens", "jti", {
  jti: "text",
  family_id: "text",
  expires_at: "bigint",
  revoked_at: "bigint",
});

export const signingKeys = defineTable<SigningKeyRecord>("signing_keys", "kid", {
  kid: "text",
  alg: "text",
  private_jwk: "jsonb",
  public_jwk: "jsonb",
  created_at: "bigint",
  retired_at: "bigint",
});

export const audit = defineTable<AuditEventRecord>("audit_events", "id", {
  id: "text",
  time: "bigint",
  portal_ids: "text[]",
  event: "text",
  user_id: "text",
  email: "text",
  address: "text",
  user_agent: "text",
  details: "jsonb",
});

export const oneTimeTokens = defineTable<OneTimeTokenRecord>("one_time_tokens", "token_hash", {
  token_hash: "text",
  id: "text",
  kind: "text",
  user_id: "text",
  portal_id: "text",
  email: "text",
  role: "text",
  invited_by: "text",
  created_at: "bigint",
  expires_at: "bigint",
  consumed_at: "bigint",
});

export const passkeys = defineTable<PasskeyRecord>("passkeys", "credential_id", {
  credential_id: "text",
  id: "text",
  user_id: "text",
  name: "text",
  public_key: "text",
  counter: "bigint",
  transports: "text[]",
  device_type: "text",
  backed_up: "boolean",
  created_at: "bigint",
  last_used_at: "bigint",
});

export const webauthnChallenges = defineTable<WebauthnChallengeRecord>("webauthn_challenges", "challenge", {
  challenge: "text",
  ceremony: "text",
  user_id: "text",
  binding_hash: "text",
  created_at: "bigint",
  expires_at: "bigint",
});

export const totpAuthenticators = defineTable<TotpRecord>("totp_authenticators", "user_id", {
  user_id: "text",
  secret: "text",
  created_at: "bigint",
  confirmed_at: "bigint",
  last_used_step: "bigint",
  recovery_code_hashes: "text[]",
});

export const pendingSignIns = defineTable<PendingSignInRecord>("pending_sign_ins", "id_hash", {
  id_hash: "text",
  user_id: "text",
  kind: "text",
  amr: "text[]",
  created_at: "bigint",
  expires_at: "bigint",
  consumed_at: "bigint",
});
