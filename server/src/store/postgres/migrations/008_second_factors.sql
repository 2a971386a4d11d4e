-- Second factors (docs/api.md#second-factors): a person's authenticator app with its recovery codes
-- (stored as SHA-256 hashes), sign-ins waiting for their second factor (stored by the SHA-256 of
-- their cookie, as sessions are), and a portal's policy. Additive only.
CREATE TABLE totp_authenticators (
  user_id text PRIMARY KEY,
  secret text NOT NULL,
  created_at bigint NOT NULL,
  confirmed_at bigint,
  -- A code is accepted only for a later step than this one (replay, RFC 6238 §5.2).
  last_used_step bigint NOT NULL DEFAULT 0,
  recovery_code_hashes text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE pending_sign_ins (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL,
  kind text NOT NULL,
  amr text[] NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  consumed_at bigint
);
CREATE INDEX pending_sign_ins_expires_at_idx ON pending_sign_ins (expires_at);

ALTER TABLE portals ADD COLUMN require_second_factor boolean NOT NULL DEFAULT false;
