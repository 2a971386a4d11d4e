import pg from "pg";
import { ConfigError, loadConfig } from "./config.ts";
import { applyMigrations } from "./store/postgres/migrations/apply-migrations.ts";

/**
 * `pnpm migrate`: applies the Postgres migrations to DATABASE_URL and exits. A second entry point
 * beside main.ts, for deploys that migrate before they start the instances (which migrate too).
 */
async function migrate() {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = loadConfig({ ...process.env, STORE: "postgres" }).databaseUrl;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`gatehouse migrate: ${error.message}\n`);
    process.exit(1);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, application_name: "gatehouse-migrate" });
  try {
    const applied = await applyMigrations(pool);
    process.stdout.write(
      applied.length > 0
        ? `gatehouse migrate: applied ${applied.join(", ")}\n`
        : "gatehouse migrate: the schema is up to date\n",
    );
  } finally {
    await pool.end();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`gatehouse migrate: ${error instanceof Error ? error.message : "failed"}\n`);
  process.exit(1);
});
