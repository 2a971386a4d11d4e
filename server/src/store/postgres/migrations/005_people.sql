-- People, portals and accounts (docs/api.md#people): a person can be disabled and has a last
-- sign-in; sessions remember the browser and address they began with; one-time links (setup,
-- invitation, password reset) are stored by the SHA-256 of their token. Additive only.
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false, ADD COLUMN last_sign_in_at bigint;

ALTER TABLE sessions ADD COLUMN user_agent text, ADD COLUMN address text;
-- sessions.listByUser and .deleteByUser
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE one_time_tokens (
  token_hash text PRIMARY KEY,
  id text NOT NULL,
  kind text NOT NULL,
  user_id text,
  portal_id text,
  email text,
  role text,
  invited_by text,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  consumed_at bigint
);
-- oneTimeTokens.delete
CREATE INDEX one_time_tokens_id_idx ON one_time_tokens (id);
-- oneTimeTokens.listInvitations
CREATE INDEX one_time_tokens_invitations_idx ON one_time_tokens (portal_id)
  WHERE kind = 'invitation' AND consumed_at IS NULL;
CREATE INDEX one_time_tokens_expires_at_idx ON one_time_tokens (expires_at);
