import type { ThrottleRepository } from "../../throttle.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";

/** SQL for the times of `column` at or after `since`, in the order they were recorded. */
const windowSince = (column: string, since: string) =>
  `ARRAY(SELECT time FROM unnest(${column}) WITH ORDINALITY AS kept (time, n) WHERE time >= ${since} ORDER BY n)`;

// One row per key: the upsert locks it and rereads its latest version, so concurrent hits, from
// any instance, each see a distinct count. Times come back as JSON numbers.
export const postgresThrottle = (db: Postgres): ThrottleRepository => ({
  hit: async (key, at, since) => {
    const result = await db.row<{ times: number[] }>(
      `INSERT INTO throttle_windows AS w (key, times) VALUES ($1, ARRAY[$2::bigint])
       ON CONFLICT (key) DO UPDATE SET times = ${windowSince("w.times", "$3::bigint")} || $2::bigint
       RETURNING to_jsonb(times) AS times`,
      [key, at, since],
    );
    return result?.times ?? [at];
  },
  window: async (key, since) => {
    const result = await db.row<{ times: number[] }>(
      `SELECT to_jsonb(${windowSince("times", "$2::bigint")}) AS times FROM throttle_windows WHERE key = $1`,
      [key, since],
    );
    return result?.times ?? [];
  },
  // One statement for every key; a key no row can hold is answered empty without asking (see queries.ts).
  windows: async (queries) => {
    const asked = queries.filter(({ key }) => !namesUnstorable([key]));
    const found = new Map<string, number[]>();
    if (asked.length > 0) {
      const rows = await db.rows<{ n: number; times: number[] }>(
        `SELECT q.n::int AS n, to_jsonb(coalesce(
           (SELECT ${windowSince("w.times", "q.since")} FROM throttle_windows w WHERE w.key = q.key),
           ARRAY[]::bigint[])) AS times
         FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS q (key, since, n)`,
        [asked.map(({ key }) => key), asked.map(({ since }) => since)],
      );
      for (const { n, times } of rows) {
        const query = asked[n - 1];
        if (query) found.set(`${query.key}\u0000${query.since}`, times);
      }
    }
    return queries.map(({ key, since }) => found.get(`${key}\u0000${since}`) ?? []);
  },
  forget: async (key, at) => {
    await db.run(
      `UPDATE throttle_windows
       SET times = times[:array_position(times, $2::bigint) - 1] || times[array_position(times, $2::bigint) + 1:]
       WHERE key = $1 AND $2::bigint = ANY (times)`,
      [key, at],
    );
  },
  reset: async (key) => {
    await db.run("DELETE FROM throttle_windows WHERE key = $1", [key]);
  },
  prune: (since) =>
    db.prune(
      { name: "throttle_windows", key: "key" },
      "NOT EXISTS (SELECT 1 FROM unnest(times) AS attempt (at) WHERE attempt.at >= $1::bigint)",
      [since],
    ),
});
