import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../../test/browser.ts";
import { startTestServer } from "../../../test/harness.ts";
import { codeOf, redeemAsNotes, tokensOf } from "../../../test/oauth-app.ts";
import { createTestDatabase, createTestPool } from "../../../test/postgres.ts";
import { describeStoreContract } from "../../../test/store-contract/index.ts";
import { code, issued, next, user, winners } from "../../../test/store-contract/records.ts";
import {
  earlierClient,
  expectNoSecondFactorYet,
  expectOpenIdDefaults,
  expectReadAsPrivate,
  recordsBefore006,
  withDatabaseBefore,
} from "../../../test/store-upgrade.ts";
import { seedDemo } from "../../seed.ts";
import { applyMigrations } from "./migrations/apply-migrations.ts";
import { openPostgresStore } from "./open-postgres-store.ts";

const database = await createTestDatabase("the Postgres store contract");

const { url } = database;
afterAll(() => database.drop());

/** The migrations this version ships, in the order they apply; a new one is added here too. */
const MIGRATIONS = [
  "001_initial.sql",
  "002_throttle_windows.sql",
  "003_exact_sign_in_times.sql",
  "004_client_allow_other_portals.sql",
  "005_people.sql",
  "006_openid.sql",
  "007_audit.sql",
  "008_second_factors.sql",
  "009_passkeys.sql",
  "010_several_accounts.sql",
];

/** The migrations a database left by the version before `first` lacks. */
const migrationsFrom = (first: string) => MIGRATIONS.filter((name) => name >= first);

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
      const pool = createTestPool(fresh.url);
      try {
        expect(await applyMigrations(pool)).toEqual([]);
        const { rows } = await pool.query<{ name: string }>(
          "SELECT name FROM schema_migrations ORDER BY name",
        );
        expect(rows.map((row) => row.name)).toEqual(MIGRATIONS);
      } finally {
        await pool.end();
      }
    } finally {
      await fresh.drop();
    }
  });

  it("N74 makes the apps stored before allow_other_portals existed private to their portal", async () => {
    // The database as the version before it left it: migrations 001 to 003, and one app.
    const earlier = earlierClient();
    await withDatabaseBefore("004", { clients: [earlier] }, async (store, applied) => {
      expect(applied).toEqual(migrationsFrom("004"));
      await expectReadAsPrivate(store, earlier);
    });
  });

  it("006 keeps ES256 ID tokens for apps registered before it, and counts earlier sign-ins as by password", async () => {
    const earlier = recordsBefore006();
    const records = { clients: [earlier.app], users: [earlier.person], sessions: [earlier.session] };
    await withDatabaseBefore("006", records, async (store, applied) => {
      expect(applied).toContain("006_openid.sql");
      await expectOpenIdDefaults(store, earlier);
    });
  });

  it("008 reads the portals and people of an earlier version as requiring and having no second factor", async () => {
    const earlierUser = user();
    await withDatabaseBefore(
      "008",
      { portals: [{ id: "acme", name: "Acme" }], users: [earlierUser] },
      async (store, applied) => {
        expect(applied).toEqual(migrationsFrom("008"));
        await expectNoSecondFactorYet(store, "acme", earlierUser.id);
      },
    );
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
      await tokensOf(await redeemAsNotes(server.url, codeOf(callback)));
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
