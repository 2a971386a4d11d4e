-- OpenID Connect defaults (docs/api.md#id-tokens, docs/scopes.md#claims).
-- Apps registered before choose no ID token algorithm: theirs were ES256 and stay so; new apps default to RS256.
ALTER TABLE clients ADD COLUMN id_token_signed_response_alg text NOT NULL DEFAULT 'ES256';
ALTER TABLE clients ALTER COLUMN id_token_signed_response_alg DROP DEFAULT;

-- The profile claims: when a person's name or email last changed (unknown for people stored before), and a locale.
ALTER TABLE users ADD COLUMN updated_at bigint, ADD COLUMN locale text;

-- How each sign-in was proved (RFC 8176 `amr`), carried from the session to its codes and token families.
-- Every sign-in before this migration was by password.
ALTER TABLE sessions ADD COLUMN amr text[] NOT NULL DEFAULT '{pwd}';
ALTER TABLE sessions ALTER COLUMN amr DROP DEFAULT;
ALTER TABLE codes ADD COLUMN amr text[] NOT NULL DEFAULT '{pwd}';
ALTER TABLE codes ALTER COLUMN amr DROP DEFAULT;
ALTER TABLE token_families ADD COLUMN amr text[] NOT NULL DEFAULT '{pwd}';
ALTER TABLE token_families ALTER COLUMN amr DROP DEFAULT;


-- prompt=select_account is judged in milliseconds too: a choice recorded before counts as earlier than any request.
ALTER TABLE sessions ADD COLUMN portal_chosen_at_ms bigint;
