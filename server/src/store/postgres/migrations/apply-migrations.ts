import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Pool } from "pg";

/** Any constant both instances agree on: the key of the advisory lock that serialises migrating. */
const MIGRATION_LOCK = 7_301_863_405;

const MIGRATIONS_DIR = fileURLToPath(new URL(".", import.meta.url));

/** The migrations shipped with this version, in the order of their numbered names (`001_initial.sql`). */
async function readMigrations(): Promise<{ name: string; sql: string }[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(`${MIGRATIONS_DIR}/${name}`, "utf8") })),
  );
}

/**
 * Applies the migrations the database lacks, in order, in one transaction recorded in
 * `schema_migrations`. An advisory lock makes instances that start at once migrate one after the
 * other: the second finds everything applied. Returns the names it applied.
 */
export async function applyMigrations(pool: Pool): Promise<string[]> {
  const migrations = await readMigrations();
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const { rows } = await client.query<{ name: string }>("SELECT name FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.name));
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [migration.name]);
    }
    await client.query("COMMIT");
    return pending.map((migration) => migration.name);
  } catch (error) {
    // A connection that cannot even roll back is dropped instead of returning to the pool.
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
