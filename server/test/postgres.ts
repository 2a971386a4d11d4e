import pg from "pg";
import {
  createThrowAwayDatabase,
  type ThrowAwayDatabase,
  withConnection,
} from "../test-support/postgres-database.ts";

/** What `bash scripts/postgres-test-cluster.sh` starts and prints. */
export const DEFAULT_TEST_DATABASE_URL = "postgres://gatehouse:gatehouse@127.0.0.1:54329/postgres";

/** A fresh, empty database of its own. */
export interface TestDatabase extends ThrowAwayDatabase {
  /** Empties every table the migrations made (keeping the schema), for a fresh store per test. */
  truncate(): Promise<void>;
}

/**
 * Creates `gatehouse_test_<random>` on the server named by GATEHOUSE_TEST_DATABASE_URL, or by the
 * test cluster's default URL. When no server answers, fails the tests, saying whether the named
 * server cannot be had or how to start one.
 */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const named = process.env.GATEHOUSE_TEST_DATABASE_URL;
  const serverUrl = named || DEFAULT_TEST_DATABASE_URL;
  const database = await createThrowAwayDatabase(serverUrl, "gatehouse_test", (reason) =>
    named
      ? `${purpose}: GATEHOUSE_TEST_DATABASE_URL names a server that cannot be had: ${reason}`
      : `${purpose}: no PostgreSQL server at ${new URL(serverUrl).host} (${reason}); \`pnpm test\` starts one, or set GATEHOUSE_TEST_DATABASE_URL (\`bash scripts/postgres-test-cluster.sh\` prints one)`,
  );
  return {
    ...database,
    truncate: () =>
      withConnection(database.url, async (client) => {
        const { rows } = await client.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
        );
        if (rows.length > 0) {
          await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")}`);
        }
      }),
  };
}

/**
 * A pool for a test's own SQL on `url`. `pool.end()` resolves before its connections have finished
 * closing, so one may still be open when the test drops the database (`WITH (FORCE)`): it then reports
 * 57P01 "terminating connection due to administrator command", expected there. Any other failure of an
 * idle connection is thrown, so it fails the run loudly.
 */
export function createTestPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") throw error;
  });
  return pool;
}
