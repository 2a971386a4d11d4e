-- One row per throttle key holding the times of its attempts in the window: a single upsert locks
-- the row, records an attempt and reads the window, so concurrent attempts each see a distinct count.
CREATE TABLE throttle_windows (
  key text PRIMARY KEY,
  times bigint[] NOT NULL
);

-- The counters are short-lived; those of the row-per-failure table are not carried over.
DROP TABLE throttle_failures;
