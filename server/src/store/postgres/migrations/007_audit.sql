-- Security events (docs/operations.md#audit-log). The id sorts as the time does: the paging cursor.
CREATE TABLE audit_events (
  id text COLLATE "C" PRIMARY KEY,
  time bigint NOT NULL,
  portal_ids text[] NOT NULL,
  event text NOT NULL,
  user_id text,
  email text,
  address text,
  user_agent text,
  details jsonb NOT NULL
);

-- A portal's events, newest first; and the retention prune by time.
CREATE INDEX audit_events_portal_ids ON audit_events USING gin (portal_ids);
CREATE INDEX audit_events_time ON audit_events (time);
