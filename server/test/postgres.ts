import { randomBytes } from "node:crypto";
import pg from "pg";

/** What `bash scripts/postgres-test-cluster.sh` starts and prints. */
export const DEFAULT_TEST_DATABASE_URL = "postgres://gatehouse:gatehouse@127.0.0.1:54329/postgres";

export interface TestDatabase {
  /** A fresh, empty database of its own. */
  url: string;
  /** Empties every table the migrations made (keeping the schema), for a fresh store per test. */
  truncate(): Promise<void>;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates `gatehouse_test_<random>` on the server named by GATEHOUSE_TEST_DATABASE_URL, or by the
 * test cluster's default URL. Null (after a loud warning) only when that variable is unset and no
 * server answers at the default: a server that was named but cannot be had fails the tests.
 */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const named = process.env.GATEHOUSE_TEST_DATABASE_URL;
  const serverUrl = named || DEFAULT_TEST_DATABASE_URL;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : "connection failed";
    throw new Error(
      named
        ? `${purpose}: GATEHOUSE_TEST_DATABASE_URL names a server that cannot be had: ${reason}`
        : `${purpose}: no PostgreSQL server at ${new URL(serverUrl).host} (${reason}); \`pnpm test\` starts one, or set GATEHOUSE_TEST_DATABASE_URL (\`bash scripts/postgres-test-cluster.sh\` prints one)`,
    );
  }
  const name = `gatehouse_test_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async truncate() {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        const { rows } = await client.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
        );
        if (rows.length > 0) {
          await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")}`);
        }
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
