-- A sign-in is judged against the request it answers in milliseconds, and never by the session the
-- request arrived with (contract §5). Rows from before take the earliest instant of a sign-in's second
-- and the latest of a request's, so no earlier sign-in counts for more than it did.
ALTER TABLE sessions ADD COLUMN auth_time_ms bigint;
UPDATE sessions SET auth_time_ms = auth_time * 1000;
ALTER TABLE sessions ALTER COLUMN auth_time_ms SET NOT NULL;

ALTER TABLE interactions ADD COLUMN created_at_ms bigint, ADD COLUMN arrival_session_hash text;
UPDATE interactions SET created_at_ms = created_at * 1000 + 999, request = request || '{"max_age": null}';
ALTER TABLE interactions ALTER COLUMN created_at_ms SET NOT NULL;
