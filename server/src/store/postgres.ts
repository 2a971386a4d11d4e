import pg, { type CustomTypesConfig, type PoolConfig } from "pg";
import { applyMigrations } from "./migrations/apply-migrations.ts";
import type {
  AccessTokenRecord,
  ClientRecord,
  CodeRecord,
  GrantRecord,
  InteractionRecord,
  PortalRecord,
  RefreshTokenRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  TokenFamilyRecord,
  UserRecord,
} from "./types.ts";

type SqlType = "text" | "text[]" | "bigint" | "boolean" | "jsonb";

/**
 * A table whose columns are exactly the fields of its record, each with its SQL type: every
 * statement lists the columns, casts every parameter, and sends jsonb values as JSON text (pg
 * would turn a JS array into a Postgres array).
 */
function table<T extends object>(name: string, key: keyof T & string, types: { [K in keyof T]-?: SqlType }) {
  const columns = Object.keys(types) as (keyof T & string)[];
  const others = columns.filter((column) => column !== key);
  const list = columns.join(", ");
  /** `$1::text, $2::jsonb, …`, numbered from `offset + 1`. */
  const placeholders = (offset = 0) =>
    columns.map((column, i) => `$${offset + i + 1}::${types[column]}`).join(", ");
  return {
    name,
    key,
    /** `a, b, c` */
    list,
    placeholders,
    /** The record's values in column order, as parameters for `placeholders`. */
    values: (record: T): unknown[] =>
      columns.map((column) => {
        const value = record[column];
        return types[column] === "jsonb" && value !== null ? JSON.stringify(value) : value;
      }),
    /** Insert, or replace the row with the same key (as the lowdb engine does). */
    upsertSql: `INSERT INTO ${name} (${list}) VALUES (${placeholders()}) ON CONFLICT (${key}) DO UPDATE SET ${others
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(", ")}`,
    /** Changes the row with the record's key, if there is one. */
    updateSql: `UPDATE ${name} SET ${others
      .map((column) => `${column} = $${columns.indexOf(column) + 1}::${types[column]}`)
      .join(", ")} WHERE ${key} = $${columns.indexOf(key) + 1}`,
  };
}

const portals = table<PortalRecord>("portals", "id", { id: "text", name: "text" });
const users = table<UserRecord>("users", "id", {
  id: "text",
  email: "text",
  display_name: "text",
  password_hash: "text",
  accounts: "jsonb",
});
const clients = table<ClientRecord>("clients", "client_id", {
  client_id: "text",
  portal_id: "text",
  name: "text",
  description: "text",
  website_url: "text",
  policy_url: "text",
  terms_url: "text",
  logo: "jsonb",
  redirect_uris: "text[]",
  allowed_origins: "text[]",
  scopes: "text[]",
  public: "boolean",
  secret_hash: "text",
  enabled: "boolean",
  created_at: "bigint",
  updated_at: "bigint",
});
const sessions = table<SessionRecord>("sessions", "id_hash", {
  id_hash: "text",
  user_id: "text",
  portal_id: "text",
  auth_time: "bigint",
  portal_chosen_at: "bigint",
  created_at: "bigint",
  expires_at: "bigint",
  last_seen_at: "bigint",
});
const interactions = table<InteractionRecord>("interactions", "id", {
  id: "text",
  browser_hash: "text",
  request: "jsonb",
  created_at: "bigint",
  expires_at: "bigint",
  result: "jsonb",
});
const codes = table<CodeRecord>("codes", "code_hash", {
  code_hash: "text",
  client_id: "text",
  grant_id: "text",
  user_id: "text",
  portal_id: "text",
  redirect_uri: "text",
  scopes: "text[]",
  code_challenge: "text",
  nonce: "text",
  auth_time: "bigint",
  family_id: "text",
  created_at: "bigint",
  expires_at: "bigint",
  consumed_at: "bigint",
});
const grants = table<GrantRecord>("grants", "id", {
  id: "text",
  user_id: "text",
  portal_id: "text",
  client_id: "text",
  scopes: "text[]",
  created_at: "bigint",
  updated_at: "bigint",
});
const families = table<TokenFamilyRecord>("token_families", "id", {
  id: "text",
  grant_id: "text",
  client_id: "text",
  user_id: "text",
  portal_id: "text",
  auth_time: "bigint",
  created_at: "bigint",
  revoked_at: "bigint",
});
const refreshTokens = table<RefreshTokenRecord>("refresh_tokens", "token_hash", {
  token_hash: "text",
  family_id: "text",
  scopes: "text[]",
  created_at: "bigint",
  expires_at: "bigint",
  rotated_at: "bigint",
  successor: "jsonb",
});
const accessTokens = table<AccessTokenRecord>("access_tokens", "jti", {
  jti: "text",
  family_id: "text",
  expires_at: "bigint",
  revoked_at: "bigint",
});
const keys = table<SigningKeyRecord>("signing_keys", "kid", {
  kid: "text",
  alg: "text",
  private_jwk: "jsonb",
  public_jwk: "jsonb",
  created_at: "bigint",
  retired_at: "bigint",
});

/** Times are bigint columns of Unix seconds: read them as numbers, refusing any a number cannot hold. */
function parseBigint(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is out of the safe integer range`);
  return value;
}

const typeParsers: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 && format !== "binary"
      ? parseBigint
      : pg.types.getTypeParser(oid, format)) as CustomTypesConfig["getTypeParser"],
};

/**
 * The engine for several instances on one PostgreSQL database. Each operation the Store interface
 * calls atomic is one statement (compare-and-set as `UPDATE … WHERE … IS NULL`, several writes as
 * one statement of data-modifying CTEs), so it is atomic across every instance. The schema comes
 * from `migrations/`, applied here before the first query.
 */
/** The key of the advisory lock behind `exclusively` (any constant every instance agrees on). */
const EXCLUSIVE_LOCK = 7_301_863_406;

export async function openPostgresStore(databaseUrl: string, options: PoolConfig = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    application_name: "gatehouse",
    types: typeParsers,
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

  const rows = async <T>(sql: string, values: unknown[] = []): Promise<T[]> =>
    (await pool.query<T & pg.QueryResultRow>(sql, values)).rows;
  const row = async <T>(sql: string, values: unknown[]): Promise<T | null> =>
    (await rows<T>(sql, values))[0] ?? null;
  /** Runs a statement; the number of rows it changed. */
  const run = async (sql: string, values: unknown[]): Promise<number> =>
    (await pool.query(sql, values)).rowCount ?? 0;

  type Table<T extends object> = ReturnType<typeof table<T>>;
  const getter =
    <T extends object>(t: Table<T>) =>
    (key: string) =>
      row<T>(`SELECT ${t.list} FROM ${t.name} WHERE ${t.key} = $1`, [key]);
  const upsert =
    <T extends object>(t: Table<T>) =>
    async (record: T) => {
      await run(t.upsertSql, t.values(record));
    };
  const update =
    <T extends object>(t: Table<T>) =>
    async (record: T) => {
      await run(t.updateSql, t.values(record));
    };
  const remove =
    <T extends object>(t: Table<T>) =>
    async (key: string) => {
      await run(`DELETE FROM ${t.name} WHERE ${t.key} = $1`, [key]);
    };

  return {
    portals: {
      get: getter(portals),
      insert: upsert(portals),
    },
    users: {
      get: getter(users),
      // `lower(email)` finds the index; the exact comparison keeps the lowdb engine's semantics.
      findByEmail: (email) =>
        row(`SELECT ${users.list} FROM users WHERE lower(email) = lower($1) AND email = $1`, [email]),
      listByPortal: (portalId) =>
        rows(`SELECT ${users.list} FROM users WHERE accounts @> $1::jsonb ORDER BY email`, [
          JSON.stringify([{ portal_id: portalId }]),
        ]),
      insert: upsert(users),
      update: update(users),
    },
    clients: {
      get: getter(clients),
      listByPortal: (portalId) =>
        rows(`SELECT ${clients.list} FROM clients WHERE portal_id = $1 ORDER BY created_at, client_id`, [
          portalId,
        ]),
      isAllowedOrigin: async (origin) =>
        (
          await rows(`SELECT 1 FROM clients WHERE enabled AND allowed_origins @> ARRAY[$1::text] LIMIT 1`, [
            origin,
          ])
        ).length > 0,
      insert: upsert(clients),
      update: update(clients),
      delete: remove(clients),
    },
    sessions: {
      get: getter(sessions),
      insert: upsert(sessions),
      update: update(sessions),
      delete: remove(sessions),
    },
    interactions: {
      get: getter(interactions),
      insert: upsert(interactions),
      complete: async (id, result) =>
        (await run("UPDATE interactions SET result = $2::jsonb WHERE id = $1 AND result IS NULL", [
          id,
          JSON.stringify(result),
        ])) === 1,
    },
    codes: {
      get: getter(codes),
      insert: upsert(codes),
      redeem: async (codeHash, at, { family, refreshToken, accessToken }) => {
        const familyAt = 2;
        const refreshAt = familyAt + families.values(family).length;
        const accessAt = refreshAt + refreshTokens.values(refreshToken).length;
        const [result] = await rows<{ redeemed: number }>(
          `WITH consumed AS (
             UPDATE codes SET consumed_at = $2::bigint
             WHERE code_hash = $1 AND consumed_at IS NULL
             RETURNING code_hash
           ), family AS (
             INSERT INTO token_families (${families.list})
             SELECT ${families.placeholders(familyAt)} FROM consumed
             ON CONFLICT (id) DO NOTHING
           ), refresh AS (
             INSERT INTO refresh_tokens (${refreshTokens.list})
             SELECT ${refreshTokens.placeholders(refreshAt)} FROM consumed
           ), access AS (
             INSERT INTO access_tokens (${accessTokens.list})
             SELECT ${accessTokens.placeholders(accessAt)} FROM consumed
           )
           SELECT count(*)::int AS redeemed FROM consumed`,
          [
            codeHash,
            at,
            ...families.values(family),
            ...refreshTokens.values(refreshToken),
            ...accessTokens.values(accessToken),
          ],
        );
        return result?.redeemed === 1;
      },
      delete: remove(codes),
    },
    grants: {
      get: getter(grants),
      find: (userId, portalId, clientId) =>
        row(`SELECT ${grants.list} FROM grants WHERE user_id = $1 AND portal_id = $2 AND client_id = $3`, [
          userId,
          portalId,
          clientId,
        ]),
      save: async (grant) => {
        const saved = await row<GrantRecord>(
          `INSERT INTO grants (${grants.list}) VALUES (${grants.placeholders()})
           ON CONFLICT (user_id, portal_id, client_id)
           DO UPDATE SET scopes = EXCLUDED.scopes, updated_at = EXCLUDED.updated_at
           RETURNING ${grants.list}`,
          grants.values(grant),
        );
        if (!saved) throw new Error("the grant was not stored");
        return saved;
      },
      revoke: async (id, at) => {
        await run(
          `WITH deleted AS (DELETE FROM grants WHERE id = $1)
           UPDATE token_families SET revoked_at = $2 WHERE grant_id = $1 AND revoked_at IS NULL`,
          [id, at],
        );
      },
      listByClient: (clientId) =>
        rows(`SELECT ${grants.list} FROM grants WHERE client_id = $1 ORDER BY created_at, id`, [clientId]),
      listByUserAndPortal: (userId, portalId) =>
        rows(
          `SELECT ${grants.list} FROM grants WHERE user_id = $1 AND portal_id = $2 ORDER BY created_at, id`,
          [userId, portalId],
        ),
    },
    tokens: {
      // A racing second redemption of one code stores its tokens under the family the first created.
      insertFamily: async ({ family, refreshToken, accessToken }) => {
        const refreshAt = families.values(family).length;
        const accessAt = refreshAt + refreshTokens.values(refreshToken).length;
        await run(
          `WITH family AS (
             INSERT INTO token_families (${families.list}) VALUES (${families.placeholders()})
             ON CONFLICT (id) DO NOTHING
           ), refresh AS (
             INSERT INTO refresh_tokens (${refreshTokens.list}) VALUES (${refreshTokens.placeholders(refreshAt)})
           )
           INSERT INTO access_tokens (${accessTokens.list}) VALUES (${accessTokens.placeholders(accessAt)})`,
          [
            ...families.values(family),
            ...refreshTokens.values(refreshToken),
            ...accessTokens.values(accessToken),
          ],
        );
      },
      getFamily: getter(families),
      revokeFamily: async (id, at) => {
        await run("UPDATE token_families SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", [id, at]);
      },
      getRefreshToken: getter(refreshTokens),
      getAccessToken: getter(accessTokens),
      // One statement: its successors are inserted only from the row the compare-and-set updated.
      rotateRefreshToken: async (tokenHash, at, { refreshToken, accessToken, successor }) => {
        const refreshAt = 3;
        const accessAt = refreshAt + refreshTokens.values(refreshToken).length;
        const [result] = await rows<{ rotated: number }>(
          `WITH rotated AS (
             UPDATE refresh_tokens SET rotated_at = $2::bigint, successor = $3::jsonb
             WHERE token_hash = $1 AND rotated_at IS NULL
             RETURNING token_hash
           ), refresh AS (
             INSERT INTO refresh_tokens (${refreshTokens.list})
             SELECT ${refreshTokens.placeholders(refreshAt)} FROM rotated
           ), access AS (
             INSERT INTO access_tokens (${accessTokens.list})
             SELECT ${accessTokens.placeholders(accessAt)} FROM rotated
           )
           SELECT count(*)::int AS rotated FROM rotated`,
          [
            tokenHash,
            at,
            successor === null ? null : JSON.stringify(successor),
            ...refreshTokens.values(refreshToken),
            ...accessTokens.values(accessToken),
          ],
        );
        return result?.rotated === 1;
      },
      revokeAccessToken: async (jti, at) => {
        await run("UPDATE access_tokens SET revoked_at = $2 WHERE jti = $1 AND revoked_at IS NULL", [
          jti,
          at,
        ]);
      },
    },
    keys: {
      list: () => rows(`SELECT ${keys.list} FROM signing_keys ORDER BY created_at, kid`),
      insert: upsert(keys),
      update: update(keys),
    },
    throttle: {
      failures: async (key, since) =>
        (
          await rows<{ at: number }>(
            "SELECT at FROM throttle_failures WHERE key = $1 AND at >= $2 ORDER BY at, id",
            [key, since],
          )
        ).map((failure) => failure.at),
      recordFailure: async (key, at, since) => {
        await run(
          `WITH forgotten AS (DELETE FROM throttle_failures WHERE key = $1 AND at < $3)
           INSERT INTO throttle_failures (key, at) VALUES ($1, $2)`,
          [key, at, since],
        );
      },
      reset: async (key) => {
        await run("DELETE FROM throttle_failures WHERE key = $1", [key]);
      },
    },
    isEmpty: async () => {
      const [result] = await rows<{ empty: boolean }>(
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
