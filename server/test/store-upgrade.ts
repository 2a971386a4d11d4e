import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { expect } from "vitest";
import { openLowdbStore } from "../src/store/lowdb/open-lowdb-store.ts";
import { applyMigrations } from "../src/store/postgres/migrations/apply-migrations.ts";
import { openPostgresStore } from "../src/store/postgres/open-postgres-store.ts";
import type { ClientRecord, PortalRecord, SessionRecord, Store, UserRecord } from "../src/store/types.ts";
import { createTestDatabase, createTestPool } from "./postgres.ts";
import { client, session, user } from "./store-contract/records.ts";

/** An app as the versions before allow_other_portals (N74) and the ID token algorithm (006) stored it. */
export type EarlierClient = Omit<ClientRecord, "allow_other_portals" | "id_token_signed_response_alg">;

export function earlierClient(): EarlierClient {
  const { allow_other_portals: _added, id_token_signed_response_alg: _later, ...earlier } = client();
  return earlier;
}

/** `store` reads `earlier` back as private to its portal, signing ID tokens with ES256 as it always had (docs/api.md#portals-of-an-app). */
export async function expectReadAsPrivate(store: Store, earlier: EarlierClient): Promise<void> {
  expect(await store.clients.get(earlier.client_id)).toEqual({
    ...earlier,
    allow_other_portals: false,
    id_token_signed_response_alg: "ES256",
  });
}

/** An app, a person and a session as the versions before 006 stored them, without the OpenID fields. */
export function recordsBefore006() {
  const { id_token_signed_response_alg: _alg, ...app } = client();
  const { updated_at: _updated, locale: _locale, ...person } = user();
  const { amr: _amr, portal_chosen_at_ms: _ms, ...signedIn } = session({ user_id: person.id });
  return { app, person, session: signedIn };
}

/**
 * `store` reads what `recordsBefore006` made with the OpenID fields' defaults: their ID tokens were
 * ES256 and stay so; sign-ins before were by password (docs/api.md#id-tokens).
 */
export async function expectOpenIdDefaults(
  store: Store,
  earlier: ReturnType<typeof recordsBefore006>,
): Promise<void> {
  expect(await store.clients.get(earlier.app.client_id)).toEqual({
    ...earlier.app,
    id_token_signed_response_alg: "ES256",
  });
  expect(await store.users.get(earlier.person.id)).toEqual({
    ...earlier.person,
    updated_at: null,
    locale: null,
  });
  expect(await store.sessions.get(earlier.session.id_hash)).toEqual({
    ...earlier.session,
    amr: ["pwd"],
    portal_chosen_at_ms: null,
  });
}

/** What an earlier version stored, by collection (lowdb) or table (PostgreSQL), in the order rows may refer back. */
export interface EarlierRecords {
  portals?: PortalRecord[];
  clients?: Pick<ClientRecord, "client_id">[];
  users?: Pick<UserRecord, "id">[];
  sessions?: Pick<SessionRecord, "id_hash">[];
}

/** Runs `check` on `store`, then closes it whatever `check` found. */
async function checkThenClose(store: Store, check: (store: Store) => Promise<void>): Promise<void> {
  try {
    await check(store);
  } finally {
    await store.close();
  }
}

/** Opens a lowdb store on a data directory whose snapshot an earlier version wrote with `records`; runs `check` on it. */
export async function withEarlierLowdb(
  records: EarlierRecords,
  check: (store: Store) => Promise<void>,
): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-upgrade-"));
  try {
    const snapshot = {
      version: 1,
      journal_generation: 0,
      portals: Object.fromEntries((records.portals ?? []).map((record) => [record.id, record])),
      clients: Object.fromEntries((records.clients ?? []).map((record) => [record.client_id, record])),
      users: Object.fromEntries((records.users ?? []).map((record) => [record.id, record])),
      sessions: Object.fromEntries((records.sessions ?? []).map((record) => [record.id_hash, record])),
    };
    await writeFile(path.join(dataDir, "gatehouse.json"), JSON.stringify(snapshot));
    await checkThenClose(await openLowdbStore(dataDir), check);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A value as a row holds it: objects and lists of objects are jsonb, sent as JSON text. */
const columnValue = (value: unknown): unknown =>
  typeof value === "object" &&
  value !== null &&
  (!Array.isArray(value) || value.some((item) => typeof item === "object"))
    ? JSON.stringify(value)
    : value;

/** Inserts `record` as a row the way an earlier version would have: only the columns it names. */
async function insertRow(pool: pg.Pool, table: string, record: object): Promise<void> {
  const columns = Object.keys(record);
  await pool.query(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    Object.values(record).map(columnValue),
  );
}

const MIGRATIONS = new URL("../src/store/postgres/migrations/", import.meta.url);

/**
 * A fresh database as the version before migration `next` (e.g. "006") left it, every earlier one
 * applied and recorded, holding `records`; applies the rest and runs `check` on a store opened there
 * with the names of the migrations that upgrade applied.
 */
export async function withDatabaseBefore(
  next: string,
  records: EarlierRecords,
  check: (store: Store, applied: string[]) => Promise<void>,
): Promise<void> {
  const database = await createTestDatabase(`the migrations from ${next} on`);
  const pool = createTestPool(database.url);
  try {
    await pool.query(
      "CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const before = (await readdir(MIGRATIONS)).filter((name) => /^\d+_/.test(name) && name < next).sort();
    for (const name of before) {
      await pool.query(await readFile(new URL(name, MIGRATIONS), "utf8"));
      await pool.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
    }
    for (const table of ["portals", "clients", "users", "sessions"] as const) {
      for (const row of records[table] ?? []) await insertRow(pool, table, row);
    }
    const applied = await applyMigrations(pool);
    await checkThenClose(await openPostgresStore(database.url), (store) => check(store, applied));
  } finally {
    await pool.end();
    await database.drop();
  }
}

/**
 * `store` reads a portal and a person an earlier version stored, before second factors (008), as
 * requiring none and having none (docs/api.md#second-factors).
 */
export async function expectNoSecondFactorYet(store: Store, portalId: string, userId: string): Promise<void> {
  expect(await store.portals.getPolicy(portalId)).toEqual({ require_second_factor: false });
  expect(await store.secondFactors.getTotp(userId)).toBeNull();
  expect(await store.portals.setPolicy(portalId, { require_second_factor: true })).toBe(true);
  expect(await store.portals.getPolicy(portalId)).toEqual({ require_second_factor: true });
}
