import pg, { type PoolConfig } from "pg";
import type { RecordCounts, Store } from "../store.ts";
import { applyMigrations } from "./migrations/apply-migrations.ts";
import { createQueries, type Postgres } from "./queries.ts";
import { postgresAudit } from "./repositories/audit.ts";
import { postgresClients } from "./repositories/clients.ts";
import { postgresCodes } from "./repositories/codes.ts";
import { postgresGrants } from "./repositories/grants.ts";
import { postgresInteractions } from "./repositories/interactions.ts";
import { postgresKeys } from "./repositories/keys.ts";
import { postgresOneTimeTokens } from "./repositories/one-time-tokens.ts";
import { postgresPasskeys } from "./repositories/passkeys.ts";
import { postgresPendingSignIns } from "./repositories/pending-sign-ins.ts";
import { postgresPortals } from "./repositories/portals.ts";
import { postgresSecondFactors } from "./repositories/second-factors.ts";
import { postgresSessions } from "./repositories/sessions.ts";
import { postgresThrottle } from "./repositories/throttle.ts";
import { postgresTokens } from "./repositories/tokens.ts";
import { postgresUsers } from "./repositories/users.ts";
import { postgresWebauthnChallenges } from "./repositories/webauthn-challenges.ts";
import { createTypeParsers } from "./type-parsers.ts";

/** The key of the advisory lock behind `exclusively` (any constant every instance agrees on). */
const EXCLUSIVE_LOCK = 7_301_863_406;

/** Every table holding records, as `countRecords` names them. */
const COUNTED: readonly (keyof RecordCounts)[] = [
  "portals",
  "users",
  "clients",
  "sessions",
  "interactions",
  "codes",
  "grants",
  "token_families",
  "refresh_tokens",
  "access_tokens",
  "signing_keys",
  "throttle_windows",
  "one_time_tokens",
  "passkeys",
  "webauthn_challenges",
  "totp_authenticators",
  "pending_sign_ins",
];

/**
 * The engine for several instances on one PostgreSQL database. Each operation the Store interface
 * calls atomic is one statement (compare-and-set as `UPDATE … WHERE … IS NULL`, several writes as
 * one statement of data-modifying CTEs), so it is atomic across every instance. The schema comes
 * from `migrations/`, applied here before the first query.
 */
export async function openPostgresStore(databaseUrl: string, options: PoolConfig = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    application_name: "gatehouse",
    types: createTypeParsers(),
    // A stuck database fails a request in seconds instead of stalling it and the pool forever.
    connectionTimeoutMillis: 5_000,
    statement_timeout: 10_000,
    ...options,
  });
  // A pooled connection that dies while idle (a database restart) is dropped by the pool; without a
  // listener its error would end the process.
  pool.on("error", (error) => {
    process.emitWarning(`an idle PostgreSQL connection failed: ${error.message}`, "GatehouseStoreWarning");
  });
  try {
    await applyMigrations(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db: Postgres = createQueries(pool);

  return {
    portals: postgresPortals(db),
    users: postgresUsers(db),
    clients: postgresClients(db),
    sessions: postgresSessions(db),
    interactions: postgresInteractions(db),
    codes: postgresCodes(db),
    grants: postgresGrants(db),
    tokens: postgresTokens(db),
    keys: postgresKeys(db),
    throttle: postgresThrottle(db),
    audit: postgresAudit(db),
    oneTimeTokens: postgresOneTimeTokens(db),
    passkeys: postgresPasskeys(db),
    webauthnChallenges: postgresWebauthnChallenges(db),
    secondFactors: postgresSecondFactors(db),
    pendingSignIns: postgresPendingSignIns(db),
    countRecords: async () => {
      const [counts] = await db.rows<RecordCounts>(
        `SELECT ${COUNTED.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(", ")}`,
      );
      if (!counts) throw new Error("the record counts were not read");
      return counts;
    },
    isEmpty: async () => {
      const [result] = await db.rows<{ empty: boolean }>(
        `SELECT NOT EXISTS (SELECT 1 FROM portals) AND NOT EXISTS (SELECT 1 FROM users)
           AND NOT EXISTS (SELECT 1 FROM clients) AS empty`,
      );
      return result?.empty === true;
    },
    // A session-level advisory lock on a connection of its own: the task's statements run on other
    // pooled connections, and every instance on the database waits for it.
    exclusively: async (task) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("SELECT pg_advisory_lock($1)", [EXCLUSIVE_LOCK]);
        try {
          return await task();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [EXCLUSIVE_LOCK]).catch((error: Error) => {
            broken = error; // a connection that cannot unlock is dropped, which releases the lock
          });
        }
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
