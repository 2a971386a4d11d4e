import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database of its own on a PostgreSQL server, for one test file or one benchmark case. */
export interface ThrowAwayDatabase {
  /** Its URL: the server's, with the database's name for a path. */
  url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/** Runs `work` on one connection to `connectionString`, closed whatever `work` does. */
export async function withConnection<T>(
  connectionString: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates `<prefix>_<random>` on the server `serverUrl` names. When no server answers there within
 * 3 s, throws with the words `unreachable` gives the reason, so each caller says what to do about it.
 */
export async function createThrowAwayDatabase(
  serverUrl: string,
  prefix: string,
  unreachable: (reason: string) => string,
): Promise<ThrowAwayDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : "connection failed";
    throw new Error(unreachable(reason), { cause: error });
  }
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () =>
      withConnection(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
