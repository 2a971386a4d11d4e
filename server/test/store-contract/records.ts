import { randomUUID } from "node:crypto";
import type {
  AccessTokenRecord,
  ClientRecord,
  CodeRecord,
  GrantRecord,
  InteractionRecord,
  OneTimeTokenRecord,
  PasskeyRecord,
  PendingSignInRecord,
  RefreshTokenRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  TokenFamilyRecord,
  TotpRecord,
  UserRecord,
  WebauthnChallengeRecord,
} from "../../src/store/types.ts";
import { accessTokenRecord, issuedTokens, refreshTokenRecord } from "../../test-support/issued-tokens.ts";

// The records the contract stores: valid ones, unique by default, each field overridable.

/** Far enough from 2^31 that a 32-bit column would fail. */
export const NOW = 4_102_444_800;

export const user = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  id: randomUUID(),
  email: `${randomUUID()}@example.com`,
  display_name: "Ann Example",
  password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
  accounts: [{ portal_id: "acme", role: "owner" }],
  disabled: false,
  last_sign_in_at: null,
  updated_at: NOW,
  locale: "en-GB",
  ...overrides,
});

export const client = (overrides: Partial<ClientRecord> = {}): ClientRecord => ({
  client_id: randomUUID(),
  portal_id: "acme",
  name: "Notes",
  description: "Take notes.",
  website_url: "https://notes.example.com",
  policy_url: "https://notes.example.com/privacy",
  terms_url: "https://notes.example.com/terms",
  logo: { media_type: "image/png", data_base64: "iVBORw0KGgo=" },
  redirect_uris: ["https://notes.example.com/callback", "http://localhost:5175/callback"],
  allowed_origins: ["https://notes.example.com"],
  scopes: ["openid", "files:read"],
  public: false,
  secret_hash: "c2VjcmV0LWhhc2g",
  allow_other_portals: false,
  id_token_signed_response_alg: "RS256",
  enabled: true,
  created_at: NOW,
  updated_at: NOW,
  ...overrides,
});

export const session = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  id_hash: randomUUID(),
  user_id: randomUUID(),
  portal_id: null,
  auth_time: NOW,
  auth_time_ms: NOW * 1000 + 250,
  amr: ["pwd"],
  portal_chosen_at: null,
  portal_chosen_at_ms: null,
  created_at: NOW,
  expires_at: NOW + 28_800,
  last_seen_at: NOW,
  user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  address: "203.0.113.7",
  ...overrides,
});

export const interaction = (overrides: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id: randomUUID(),
  browser_hash: "YnJvd3Nlcg",
  request: {
    client_id: randomUUID(),
    redirect_uri: "https://notes.example.com/callback",
    scopes: ["openid", "files:read"],
    state: "xyz",
    nonce: null,
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    prompt: "consent",
    max_age: 600,
    login_hint: null,
  },
  created_at: NOW,
  created_at_ms: NOW * 1000 + 750,
  arrival_session_hash: "c2Vzc2lvbg",
  expires_at: NOW + 600,
  choice: null,
  result: null,
  ...overrides,
});

export const code = (overrides: Partial<CodeRecord> = {}): CodeRecord => ({
  code_hash: randomUUID(),
  client_id: randomUUID(),
  grant_id: randomUUID(),
  user_id: randomUUID(),
  portal_id: "acme",
  redirect_uri: "https://notes.example.com/callback",
  scopes: ["openid", "files:read"],
  code_challenge: null,
  nonce: "n-0S6_WzA2Mj",
  auth_time: NOW,
  amr: ["pwd", "otp", "mfa"],
  family_id: randomUUID(),
  created_at: NOW,
  expires_at: NOW + 60,
  consumed_at: null,
  ...overrides,
});

export const grant = (overrides: Partial<GrantRecord> = {}): GrantRecord => ({
  id: randomUUID(),
  user_id: randomUUID(),
  portal_id: "acme",
  client_id: randomUUID(),
  scopes: ["openid", "files:read"],
  created_at: NOW,
  updated_at: NOW,
  ...overrides,
});

/** A person and their grant, stored: what a code or a token family points at. */
export async function storeConsent(store: Pick<Store, "users" | "grants">) {
  const person = user();
  const consent = grant({ user_id: person.id });
  await store.users.insert(person);
  await store.grants.save(consent);
  return { person, consent };
}

export const refreshToken = (familyId: string, overrides: Partial<RefreshTokenRecord> = {}) =>
  refreshTokenRecord(familyId, NOW, overrides);

export const accessToken = (familyId: string, overrides: Partial<AccessTokenRecord> = {}) =>
  accessTokenRecord(familyId, NOW, overrides);

export const issued = (overrides: Partial<TokenFamilyRecord> = {}) => issuedTokens(NOW, overrides);

export const signingKey = (overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord => {
  const kid = randomUUID();
  return {
    kid,
    alg: "ES256",
    private_jwk: { kty: "EC", crv: "P-256", x: "eA", y: "eQ", d: "ZA", kid, alg: "ES256" },
    public_jwk: { kty: "EC", crv: "P-256", x: "eA", y: "eQ", kid, alg: "ES256", use: "sig" },
    created_at: NOW,
    retired_at: null,
    ...overrides,
  };
};

/** An RSA signing key (RS256); its numbers are stand-ins, as the store never reads them. */
export const rsaSigningKey = (overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord => {
  const kid = randomUUID();
  const numbers = { kty: "RSA", n: "0vx7", e: "AQAB" };
  return {
    kid,
    alg: "RS256",
    private_jwk: {
      ...numbers,
      d: "X4cT",
      p: "83i-",
      q: "3dfO",
      dp: "G4sP",
      dq: "s9lA",
      qi: "GyM_",
      kid,
      alg: "RS256",
    },
    public_jwk: { ...numbers, kid, alg: "RS256", use: "sig" },
    created_at: NOW,
    retired_at: null,
    ...overrides,
  };
};

export const next = (familyId: string) => ({
  refreshToken: refreshToken(familyId),
  accessToken: accessToken(familyId),
  successor: null,
});

export const byId =
  <T>(key: keyof T) =>
  (a: T, b: T) =>
    String(a[key]).localeCompare(String(b[key]));

/** How many of `attempts`, started at once, report that they won. */
export async function winners(attempts: number, attempt: (i: number) => Promise<boolean>): Promise<number> {
  const results = await Promise.all(Array.from({ length: attempts }, (_, i) => attempt(i)));
  return results.filter(Boolean).length;
}

export const oneTimeToken = (overrides: Partial<OneTimeTokenRecord> = {}): OneTimeTokenRecord => ({
  token_hash: randomUUID(),
  id: randomUUID(),
  kind: "invitation",
  user_id: null,
  portal_id: "acme",
  email: "new@example.com",
  role: "user",
  invited_by: randomUUID(),
  created_at: NOW,
  expires_at: NOW + 604_800,
  consumed_at: null,
  ...overrides,
});

export const passkey = (overrides: Partial<PasskeyRecord> = {}): PasskeyRecord => ({
  credential_id: randomUUID(),
  id: randomUUID(),
  user_id: "ann",
  name: "Laptop",
  public_key: "pQECAyYgASFYIA",
  counter: 0,
  transports: ["internal", "hybrid"],
  device_type: "multiDevice",
  backed_up: true,
  created_at: NOW,
  last_used_at: null,
  ...overrides,
});

export const webauthnChallenge = (
  overrides: Partial<WebauthnChallengeRecord> = {},
): WebauthnChallengeRecord => ({
  challenge: randomUUID(),
  ceremony: "authentication",
  user_id: null,
  binding_hash: randomUUID(),
  created_at: NOW,
  expires_at: NOW + 300,
  ...overrides,
});

export const totp = (overrides: Partial<TotpRecord> = {}): TotpRecord => ({
  user_id: randomUUID(),
  secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  created_at: NOW,
  confirmed_at: null,
  last_used_step: 0,
  recovery_code_hashes: [],
  ...overrides,
});

export const pendingSignIn = (overrides: Partial<PendingSignInRecord> = {}): PendingSignInRecord => ({
  id_hash: randomUUID(),
  user_id: randomUUID(),
  kind: "verify",
  amr: ["pwd"],
  created_at: NOW,
  expires_at: NOW + 300,
  consumed_at: null,
  ...overrides,
});
