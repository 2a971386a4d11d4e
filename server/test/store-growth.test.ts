import { stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INTERACTION_TTL } from "../src/domain/interactions.ts";
import { pruneExpired } from "../src/domain/prune.ts";
import { openPostgresStore } from "../src/store/postgres/open-postgres-store.ts";
import { authorizeUrl, createTestClock, startTestServer, type TestServer } from "./harness.ts";
import { createTestDatabase } from "./postgres.ts";

/** GETs per round, at most; a round also ends after `ROUND_MS`, so a slow machine sends fewer. */
const ROUND_SIZE = 5_000;
const ROUND_MS = 6_000;
const ROUNDS = 4;
const WIDTH = 32;
/** Every parameter at its bound, so each interaction stores as much as an anonymous request can make it. */
const LARGEST = {
  scope: "openid accounts.self:read files:read",
  nonce: "n".repeat(1024),
  login_hint: "h".repeat(254),
  code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  code_challenge_method: "S256",
};

/** Anonymous GET /oauth2/authorize, each with its own state and no cookie; the number sent. */
async function anonymousBurst(server: TestServer, round: number): Promise<number> {
  const deadline = Date.now() + ROUND_MS;
  let sent = 0;
  const worker = async () => {
    while (sent < ROUND_SIZE && Date.now() < deadline) {
      const state = `${round}-${sent}-${"s".repeat(1000)}`;
      sent += 1;
      const response = await fetch(authorizeUrl(server.url, { ...LARGEST, state }), { redirect: "manual" });
      await response.body?.cancel();
      if (response.status !== 302) throw new Error(`authorize answered ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: WIDTH }, worker));
  return sent;
}

/** One round: a burst, then the clock past the lifetime of everything the round started, then a prune. */
async function burstAndPrune(server: TestServer, round: number): Promise<{ sent: number; live: number }> {
  const before = (await server.store.countRecords()).interactions;
  const sent = await anonymousBurst(server, round);
  // Each GET stored an interaction: without pruning the store would grow by every one.
  expect((await server.store.countRecords()).interactions).toBe(before + sent);
  server.clock.advance(INTERACTION_TTL);
  await pruneExpired(server);
  return { sent, live: (await server.store.countRecords()).interactions };
}

const dataFileSize = async (server: TestServer) =>
  (await stat(path.join(server.dataDir, "gatehouse.json"))).size;

describe("N67 anonymous traffic cannot grow the store", () => {
  it("N67 keeps the lowdb store and its files flat under a long anonymous burst", async () => {
    const clock = createTestClock();
    let server = await startTestServer({ clock });
    const port = Number(new URL(server.url).port);
    const baseline = await server.store.countRecords();
    const sizes: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        const { sent, live } = await burstAndPrune(server, round);
        expect(sent).toBeGreaterThan(0);
        // Nothing the bursts started outlives its lifetime: only what the seed stored stays.
        expect(live).toBe(0);
        expect(await server.store.countRecords()).toEqual(baseline);
        // A restart folds the journal, deletes included, into a new snapshot.
        await server.close();
        server = await startTestServer({ clock, dataDir: server.dataDir, port });
        sizes.push(await dataFileSize(server));
      }
      const [first = 0] = sizes;
      for (const size of sizes) expect(size).toBeLessThanOrEqual(first + 1024);
    } finally {
      await server.close({ remove: true });
    }
  }, 240_000);

  describe("on PostgreSQL", () => {
    let drop: (() => Promise<void>) | undefined;
    afterAll(async () => {
      await drop?.();
    });

    it("N67 keeps the PostgreSQL rows flat under a long anonymous burst", async () => {
      const database = await createTestDatabase("the N67 growth test");
      drop = () => database.drop();
      const server = await startTestServer({ store: await openPostgresStore(database.url) });
      const baseline = await server.store.countRecords();
      try {
        for (let round = 0; round < ROUNDS; round += 1) {
          const { sent, live } = await burstAndPrune(server, round);
          expect(sent).toBeGreaterThan(0);
          expect(live).toBe(0);
          expect(await server.store.countRecords()).toEqual(baseline);
        }
      } finally {
        await server.close({ remove: true });
      }
    }, 240_000);
  });
});
