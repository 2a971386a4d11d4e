import type { ThrottleRepository } from "../../throttle.ts";
import type { Postgres } from "../queries.ts";

// One row per failure, so failures recorded at once by several instances are all counted.
export const postgresThrottle = (db: Postgres): ThrottleRepository => ({
  failures: async (key, since) =>
    (
      await db.rows<{ at: number }>(
        "SELECT at FROM throttle_failures WHERE key = $1 AND at >= $2 ORDER BY at, id",
        [key, since],
      )
    ).map((failure) => failure.at),
  recordFailure: async (key, at, since) => {
    await db.run(
      `WITH forgotten AS (DELETE FROM throttle_failures WHERE key = $1 AND at < $3)
       INSERT INTO throttle_failures (key, at) VALUES ($1, $2)`,
      [key, at, since],
    );
  },
  reset: async (key) => {
    await db.run("DELETE FROM throttle_failures WHERE key = $1", [key]);
  },
});
