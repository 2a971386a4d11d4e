-- Passkeys (docs/security.md#passkeys): the public key of each WebAuthn credential a person registered.
CREATE TABLE passkeys (
  credential_id text COLLATE "C" PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  user_id text NOT NULL,
  name text NOT NULL,
  public_key text NOT NULL,
  counter bigint NOT NULL,
  transports text[] NOT NULL,
  device_type text NOT NULL,
  backed_up boolean NOT NULL,
  created_at bigint NOT NULL,
  last_used_at bigint
);

-- A person's passkeys, listed on their account page and offered at a second-factor step.
CREATE INDEX passkeys_user_id ON passkeys (user_id, created_at);

-- Challenges of WebAuthn ceremonies in progress: single use, pruned at their end.
CREATE TABLE webauthn_challenges (
  challenge text COLLATE "C" PRIMARY KEY,
  ceremony text NOT NULL,
  user_id text,
  binding_hash text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);

CREATE INDEX webauthn_challenges_expires_at ON webauthn_challenges (expires_at);
