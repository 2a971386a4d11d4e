import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestBrowser } from "../browser.ts";
import { createTestDatabase, type TestDatabase } from "../postgres.ts";
import { burstAndKill, errorOf, inBatches } from "./burst.ts";
import { isActive, mintCodes, redeem, refresh, tokensOf } from "./flows.ts";
import { type ServerProcess, startServerProcess } from "./process.ts";

let database: TestDatabase | null = null;
const running: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase("M63 on the Postgres engine");
});
afterAll(async () => {
  for (const server of running.splice(0)) {
    server.kill("SIGKILL");
    await server.exited;
  }
  await database?.drop();
});

async function start(port?: number): Promise<ServerProcess> {
  if (!database) throw new Error("no database");
  const server = await startServerProcess({
    ...(port === undefined ? {} : { port }),
    env: { STORE: "postgres", DATABASE_URL: database.url },
  });
  running.push(server);
  return server;
}

describe("durability of the real server process on Postgres", () => {
  it("M63 SIGKILL during a burst of concurrent token requests loses no token that was handed out (Postgres)", async () => {
    let server = await start();
    const browser = new TestBrowser(server.url);
    const rotatedAway: string[] = [];
    for (const [round, killAfter] of [1, 15].entries()) {
      const codes = await mintCodes(server, browser, 60, `pg-round-${round}`);
      const toRotate = await inBatches(
        codes.slice(0, 15),
        8,
        async (code) => (await tokensOf(redeem(server.url, code))).refresh_token,
      );
      const burst = await burstAndKill(server, codes.slice(15), toRotate, killAfter);
      expect((await server.exited).signal, server.output()).toBe("SIGKILL");
      expect(burst.unexpected).toEqual([]);
      expect(burst.cut).toBeGreaterThan(0);

      server = await start(server.port);
      await inBatches(burst.redeemed, 8, (tokens) => tokensOf(refresh(server.url, tokens.refresh_token)));
      await inBatches(burst.rotated, 8, async ({ old, fresh }) => {
        expect(await isActive(server.url, old)).toBe(false);
        expect(await isActive(server.url, fresh.refresh_token)).toBe(true);
        await tokensOf(refresh(server.url, fresh.refresh_token));
      });
      rotatedAway.push(...burst.rotated.map(({ old }) => old));
    }
    expect(rotatedAway.length).toBeGreaterThan(0);
    for (const old of rotatedAway) {
      expect(await errorOf(refresh(server.url, old))).toEqual({ status: 400, error: "invalid_grant" });
    }
  }, 90_000);
});
