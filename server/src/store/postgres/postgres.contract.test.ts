import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../../test/browser.ts";
import { DEMO } from "../../../test/fixtures.ts";
import { startTestServer } from "../../../test/harness.ts";
import { postToken } from "../../../test/oauth-app.ts";
import { createTestDatabase } from "../../../test/postgres.ts";
import { describeStoreContract } from "../../../test/store-contract/index.ts";
import { client, code, issued, next, session, user, winners } from "../../../test/store-contract/records.ts";
import { earlierClient, expectReadAsPrivate } from "../../../test/store-upgrade.ts";
import { seedDemo } from "../../seed.ts";
import { applyMigrations } from "./migrations/apply-migrations.ts";
import { openPostgresStore } from "./open-postgres-store.ts";

const database = await createTestDatabase("the Postgres store contract");

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

const { url } = database;
afterAll(() => database.drop());

describeStoreContract("postgres", async () => {
  const store = await openPostgresStore(url);
  await database.truncate();
  return store;
});

describe("the postgres engine", () => {
  it("applies its migrations once, however many instances start at once", async () => {
    const fresh = await createTestDatabase("the Postgres migrations");
    try {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(fresh.url)));
      await Promise.all(stores.map((store) => store.close()));
      const pool = new pg.Pool({ connectionString: fresh.url });
      try {
        expect(await applyMigrations(pool)).toEqual([]);
        const { rows } = await pool.query<{ name: string }>(
          "SELECT name FROM schema_migrations ORDER BY name",
        );
        expect(rows.map((row) => row.name)).toEqual([
          "001_initial.sql",
          "002_throttle_windows.sql",
          "003_exact_sign_in_times.sql",
          "004_client_allow_other_portals.sql",
          "005_people.sql",
          "006_openid.sql",
          "007_audit.sql",
        ]);
      } finally {
        await pool.end();
      }
    } finally {
      await fresh.drop();
    }
  });

  it("N74 makes the apps stored before allow_other_portals existed private to their portal", async () => {
    const fresh = await createTestDatabase("the allow_other_portals migration");
    const pool = new pg.Pool({ connectionString: fresh.url });
    try {
      // The database as the version before it left it: migrations 001 to 003, and one app.
      await pool.query(
        "CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      for (const name of ["001_initial.sql", "002_throttle_windows.sql", "003_exact_sign_in_times.sql"]) {
        await pool.query(await readFile(new URL(`./migrations/${name}`, import.meta.url), "utf8"));
        await pool.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
      }
      const earlier = earlierClient();
      const columns = Object.keys(earlier);
      await pool.query(
        `INSERT INTO clients (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
        Object.values(earlier).map((value) =>
          typeof value === "object" && value !== null && !Array.isArray(value)
            ? JSON.stringify(value)
            : value,
        ),
      );
      expect(await applyMigrations(pool)).toEqual([
        "004_client_allow_other_portals.sql",
        "005_people.sql",
        "006_openid.sql",
        "007_audit.sql",
      ]);
      await expectReadAsPrivate(await openPostgresStore(fresh.url), earlier);
    } finally {
      await pool.end();
      await fresh.drop();
    }
  });

  it("006 keeps ES256 ID tokens for apps registered before it, and counts earlier sign-ins as by password", async () => {
    const fresh = await createTestDatabase("the openid migration");
    const pool = new pg.Pool({ connectionString: fresh.url });
    try {
      await pool.query(
        "CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const directory = new URL("./migrations/", import.meta.url);
      const before = (await readdir(directory)).filter((name) => /^\d+_/.test(name) && name < "006").sort();
      for (const name of before) {
        await pool.query(await readFile(new URL(name, directory), "utf8"));
        await pool.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
      }
      const { id_token_signed_response_alg: _alg, ...appBefore006 } = client();
      const { updated_at: _updated, locale: _locale, ...earlierUser } = user();
      const { amr: _amr, portal_chosen_at_ms: _ms, ...earlierSession } = session({ user_id: earlierUser.id });
      await insertRow(pool, "clients", appBefore006);
      await insertRow(pool, "users", earlierUser);
      await insertRow(pool, "sessions", earlierSession);
      expect(await applyMigrations(pool)).toContain("006_openid.sql");
      const store = await openPostgresStore(fresh.url);
      try {
        expect(await store.clients.get(appBefore006.client_id)).toMatchObject({
          id_token_signed_response_alg: "ES256",
        });
        expect(await store.users.get(earlierUser.id)).toMatchObject({ updated_at: null, locale: null });
        expect(await store.sessions.get(earlierSession.id_hash)).toMatchObject({
          amr: ["pwd"],
          portal_chosen_at_ms: null,
        });
      } finally {
        await store.close();
      }
    } finally {
      await pool.end();
      await fresh.drop();
    }
  });

  it("seeds the demo data once when several instances start on an empty database at once", async () => {
    // Unserialised, a loser's insert hit users_email_key (one instance failed to start) about one round in five.
    for (let round = 0; round < 5; round += 1) {
      const fresh = await createTestDatabase("the Postgres seeding race");
      try {
        const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(fresh.url)));
        try {
          const seeded = await Promise.all(stores.map((store) => seedDemo(store, () => 1_700_000_000_000)));
          expect(seeded.filter(Boolean)).toHaveLength(1);
          const [store] = stores;
          expect(await store?.users.findByEmail("alice@example.com")).toMatchObject({
            display_name: "Alice Example",
          });
          expect(await store?.clients.listByPortal("acme")).toHaveLength(2);
        } finally {
          await Promise.all(stores.map((store) => store.close()));
        }
      } finally {
        await fresh.drop();
      }
    }
  });

  it("serves the whole flow in process (the test harness on Postgres)", async () => {
    const fresh = await createTestDatabase("the Postgres harness");
    const server = await startTestServer({ store: await openPostgresStore(fresh.url) });
    try {
      const callback = await authorizeThroughSpa(server, { params: { scope: "openid files:read" } });
      const response = await postToken(server.url, {
        grant_type: "authorization_code",
        code: callback.searchParams.get("code") ?? "",
        client_id: DEMO.notes.client_id,
        client_secret: DEMO.notes.client_secret,
        redirect_uri: DEMO.notes.redirect_uris[0],
      });
      expect(response.status).toBe(200);
    } finally {
      await server.close({ remove: true });
      await fresh.drop();
    }
  });

  it("lets exactly one of two instances redeem a code or rotate a refresh token", async () => {
    const a = await openPostgresStore(url);
    const b = await openPostgresStore(url);
    try {
      const familyId = randomUUID();
      const stored = code({ client_id: "notes", family_id: familyId, scopes: ["openid"], nonce: null });
      await a.codes.insert(stored);
      const tokens = () => issued({ id: familyId, client_id: "notes" });
      const at = stored.created_at + 1;
      expect(await winners(40, (i) => (i % 2 ? a : b).codes.redeem(stored.code_hash, at, tokens()))).toBe(1);

      const family = tokens();
      await a.tokens.insertFamily(family);
      const rotate = (i: number) =>
        (i % 2 ? a : b).tokens.rotateRefreshToken(family.refreshToken.token_hash, at + 1, next(familyId));
      expect(await winners(40, rotate)).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("fails to open, rather than waiting, when the database cannot be reached", async () => {
    const unreachable = new URL(url);
    unreachable.port = "1";
    await expect(openPostgresStore(unreachable.href, { connectionTimeoutMillis: 2000 })).rejects.toThrow();
  });
});
