-- Gatehouse's first schema: one table per repository of the Store (server/src/store/types.ts).
-- Times are Unix seconds (bigint); nested values are jsonb; lists of strings are text[].
-- No foreign keys: the store holds no rules, and a grant's token families outlive its deletion
-- (grants.revoke deletes the grant and marks its families revoked).

CREATE TABLE portals (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  accounts jsonb NOT NULL
);
-- users.findByEmail
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
-- users.listByPortal: accounts @> '[{"portal_id": …}]'
CREATE INDEX users_accounts_idx ON users USING gin (accounts jsonb_path_ops);

CREATE TABLE clients (
  client_id text PRIMARY KEY,
  portal_id text NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  website_url text NOT NULL,
  policy_url text NOT NULL,
  terms_url text NOT NULL,
  logo jsonb NOT NULL,
  redirect_uris text[] NOT NULL,
  allowed_origins text[] NOT NULL,
  scopes text[] NOT NULL,
  public boolean NOT NULL,
  secret_hash text,
  enabled boolean NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
-- clients.listByPortal
CREATE INDEX clients_portal_id_idx ON clients (portal_id);
-- clients.isAllowedOrigin (CORS preflights): allowed_origins @> ARRAY[origin] among enabled clients
CREATE INDEX clients_allowed_origins_idx ON clients USING gin (allowed_origins) WHERE enabled;

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL,
  portal_id text,
  auth_time bigint NOT NULL,
  portal_chosen_at bigint,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  last_seen_at bigint NOT NULL
);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

CREATE TABLE interactions (
  id text PRIMARY KEY,
  browser_hash text NOT NULL,
  request jsonb NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  result jsonb
);
CREATE INDEX interactions_expires_at_idx ON interactions (expires_at);

CREATE TABLE codes (
  code_hash text PRIMARY KEY,
  client_id text NOT NULL,
  grant_id text NOT NULL,
  user_id text NOT NULL,
  portal_id text NOT NULL,
  redirect_uri text NOT NULL,
  scopes text[] NOT NULL,
  code_challenge text,
  nonce text,
  auth_time bigint NOT NULL,
  family_id text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  consumed_at bigint
);
CREATE INDEX codes_expires_at_idx ON codes (expires_at);

CREATE TABLE grants (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  portal_id text NOT NULL,
  client_id text NOT NULL,
  scopes text[] NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
-- grants.find and grants.listByUserAndPortal (its prefix); one consent per user, portal and client
CREATE UNIQUE INDEX grants_user_portal_client_key ON grants (user_id, portal_id, client_id);
-- grants.listByClient
CREATE INDEX grants_client_id_idx ON grants (client_id);

CREATE TABLE token_families (
  id text PRIMARY KEY,
  grant_id text NOT NULL,
  client_id text NOT NULL,
  user_id text NOT NULL,
  portal_id text NOT NULL,
  auth_time bigint NOT NULL,
  created_at bigint NOT NULL,
  revoked_at bigint
);
-- grants.revoke
CREATE INDEX token_families_grant_id_idx ON token_families (grant_id);

CREATE TABLE refresh_tokens (
  token_hash text PRIMARY KEY,
  family_id text NOT NULL,
  scopes text[] NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  rotated_at bigint,
  successor jsonb
);

CREATE TABLE access_tokens (
  jti text PRIMARY KEY,
  family_id text NOT NULL,
  expires_at bigint NOT NULL,
  revoked_at bigint
);

-- Both kinds of token are found by their family (revoked with it) and by their expiry (pruned):
-- <table>_family_id_idx and <table>_expires_at_idx on each.
DO $$
DECLARE
  token_table text;
BEGIN
  FOREACH token_table IN ARRAY ARRAY['refresh_tokens', 'access_tokens'] LOOP
    EXECUTE format('CREATE INDEX %I ON %I (family_id)', token_table || '_family_id_idx', token_table);
    EXECUTE format('CREATE INDEX %I ON %I (expires_at)', token_table || '_expires_at_idx', token_table);
  END LOOP;
END
$$;

CREATE TABLE signing_keys (
  kid text PRIMARY KEY,
  alg text NOT NULL,
  private_jwk jsonb NOT NULL,
  public_jwk jsonb NOT NULL,
  created_at bigint NOT NULL,
  retired_at bigint
);

-- One row per failure, so failures recorded at once by several instances are all counted.
CREATE TABLE throttle_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL,
  at bigint NOT NULL
);
-- throttle.failures, .recordFailure and .reset
CREATE INDEX throttle_failures_key_at_idx ON throttle_failures (key, at);
CREATE INDEX throttle_failures_at_idx ON throttle_failures (at);
