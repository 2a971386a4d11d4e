import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { errorBodySchema, type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { afterEach, describe, expect, it } from "vitest";
import { openLowdbStore } from "../../src/store/lowdb.ts";
import { signIn, TestBrowser } from "../harness.ts";
import { isActive, mintCodes, NOTES, redeem, refresh, tokensOf } from "./flows.ts";
import { newDataDir, REPO_ROOT, runTsx, type ServerProcess, startServerProcess } from "./process.ts";

const running: ServerProcess[] = [];
const dataDirs = new Set<string>();

async function start(options: { dataDir?: string; port?: number } = {}): Promise<ServerProcess> {
  const server = await startServerProcess(options);
  running.push(server);
  dataDirs.add(server.dataDir);
  return server;
}

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.kill("SIGKILL");
    await server.exited;
  }
  for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  dataDirs.clear();
});

/** The slice of the lowdb file these tests read: token families and their refresh tokens. */
interface StoredTokens {
  families: Record<string, { id: string; revoked_at: number | null }>;
  refresh_tokens: Record<string, { family_id: string; rotated_at: number | null }>;
}

/** Parses the data file; a torn file throws here. */
async function readDataFile(server: ServerProcess): Promise<StoredTokens> {
  return JSON.parse(await readFile(server.dataFile, "utf8")) as StoredTokens;
}

/** For every family not revoked, how many of its refresh tokens are still unused: exactly one each, when whole. */
function liveTokensPerFamily(data: StoredTokens): number[] {
  const live = Object.values(data.families).filter((family) => family.revoked_at === null);
  return live.map(
    (family) =>
      Object.values(data.refresh_tokens).filter(
        (token) => token.family_id === family.id && token.rotated_at === null,
      ).length,
  );
}

async function errorOf(answer: Promise<Response>): Promise<{ status: number; error: string }> {
  const response = await answer;
  return { status: response.status, error: errorBodySchema.parse(await response.json()).error };
}

async function peopleSelf(server: ServerProcess, accessToken: string): Promise<number> {
  const response = await fetch(`${server.url}/api/2.0/people/@self`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await response.body?.cancel();
  return response.status;
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(work))));
  }
  return results;
}

interface Burst {
  /** Tokens of every code redemption whose 200 answer arrived whole. */
  redeemed: TokenResponse[];
  /** Every rotation whose 200 answer arrived whole: the token presented and the pair answered. */
  rotated: { old: string; fresh: TokenResponse }[];
  /** Answers other than 200: none expected, killed or not. */
  unexpected: string[];
  /** Requests the kill cut before their answer arrived whole. */
  cut: number;
}

/**
 * Sends every redemption of `codes` and every rotation of `refreshTokens` at once, interleaved, and
 * SIGKILLs the server once `killAfter` answers have arrived. Answers that arrive after the kill
 * were sent before it, so they count as handed out too.
 */
async function burstAndKill(
  server: ServerProcess,
  codes: readonly string[],
  refreshTokens: readonly string[],
  killAfter: number,
): Promise<Burst> {
  const burst: Burst = { redeemed: [], rotated: [], unexpected: [], cut: 0 };
  let answered = 0;
  async function send(request: Promise<Response>, record: (tokens: TokenResponse) => void) {
    let status: number;
    let body: unknown;
    try {
      const response = await request;
      status = response.status;
      body = await response.json();
    } catch {
      burst.cut += 1;
      return;
    }
    if (status === 200) record(tokenResponseSchema.parse(body));
    else burst.unexpected.push(`${status} ${JSON.stringify(body)}`);
    answered += 1;
    if (answered === killAfter) server.kill("SIGKILL");
  }
  const requests: Promise<void>[] = [];
  for (let index = 0; index < Math.max(codes.length, refreshTokens.length); index += 1) {
    const code = codes[index];
    if (code) requests.push(send(redeem(server.url, code), (tokens) => burst.redeemed.push(tokens)));
    const old = refreshTokens[index];
    if (old) requests.push(send(refresh(server.url, old), (fresh) => burst.rotated.push({ old, fresh })));
  }
  await Promise.all(requests);
  return burst;
}

describe("durability of the real server process", () => {
  it("M63 SIGKILL during a burst of concurrent token requests loses no token that was handed out", async () => {
    let server = await start();
    const browser = new TestBrowser(server.url);
    /** Refresh tokens rotated during a burst, still to be presented once more at the very end. */
    const rotatedAway: string[] = [];
    // Kill early, midway and late in a burst of 60 requests; each round runs on the data the last one left.
    for (const [round, killAfter] of [1, 20, 40].entries()) {
      const codes = await mintCodes(server, browser, 60, `round-${round}`);
      const toRotate = await inBatches(
        codes.slice(0, 15),
        8,
        async (code) => (await tokensOf(redeem(server.url, code))).refresh_token,
      );
      const burst = await burstAndKill(server, codes.slice(15), toRotate, killAfter);
      const exit = await server.exited;
      expect(exit.signal, server.output()).toBe("SIGKILL");
      expect(burst.unexpected).toEqual([]);
      expect(burst.redeemed.length + burst.rotated.length).toBeGreaterThanOrEqual(killAfter);
      // the kill landed while requests were in flight
      expect(burst.cut).toBeGreaterThan(0);

      // the file parses, and every family holds exactly one usable refresh token
      const perFamily = liveTokensPerFamily(await readDataFile(server));
      expect(perFamily.length).toBeGreaterThanOrEqual(15 + burst.redeemed.length);
      expect(perFamily.filter((count) => count !== 1)).toEqual([]);

      server = await start({ dataDir: server.dataDir, port: server.port });
      // every refresh token handed out by a redemption still refreshes
      await inBatches(burst.redeemed, 8, (tokens) => tokensOf(refresh(server.url, tokens.refresh_token)));
      // of a rotation that was answered, only the new token is live, and it refreshes
      await inBatches(burst.rotated, 8, async ({ old, fresh }) => {
        expect(await isActive(server.url, old)).toBe(false);
        expect(await isActive(server.url, fresh.refresh_token)).toBe(true);
        await tokensOf(refresh(server.url, fresh.refresh_token));
      });
      rotatedAway.push(...burst.rotated.map(({ old }) => old));
    }

    // Last, as presenting a rotated token revokes the grant behind every token above: it fails.
    expect(rotatedAway.length).toBeGreaterThan(0);
    for (const old of rotatedAway) {
      expect(await errorOf(refresh(server.url, old))).toEqual({ status: 400, error: "invalid_grant" });
    }
  }, 90_000);

  it("M62 a restart of the process keeps refresh tokens working, revoked ones revoked and used codes used", async () => {
    const before = await start();
    const browser = new TestBrowser(before.url);
    const [kept, revoked, used] = await mintCodes(before, browser, 3, "m62");
    const keptTokens = await tokensOf(redeem(before.url, kept ?? ""));
    const revokedTokens = await tokensOf(redeem(before.url, revoked ?? ""));
    await tokensOf(redeem(before.url, used ?? ""));
    const revocation = await fetch(`${before.url}/oauth2/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: revokedTokens.refresh_token, ...NOTES }),
    });
    expect(revocation.status).toBe(200);
    const kids = async (server: ServerProcess) =>
      ((await (await fetch(`${server.url}/oauth2/jwks`)).json()) as { keys: { kid: string }[] }).keys.map(
        (key) => key.kid,
      );
    const kidsBefore = await kids(before);

    before.kill("SIGTERM");
    expect(await before.exited).toEqual({ code: 0, signal: null });
    const after = await start({ dataDir: before.dataDir, port: before.port });

    expect(await kids(after)).toEqual(kidsBefore);
    expect(await peopleSelf(after, keptTokens.access_token)).toBe(200);
    await tokensOf(refresh(after.url, keptTokens.refresh_token));
    expect(await errorOf(refresh(after.url, revokedTokens.refresh_token))).toEqual({
      status: 400,
      error: "invalid_grant",
    });
    expect(await peopleSelf(after, revokedTokens.access_token)).toBe(401);
    expect(await errorOf(redeem(after.url, used ?? ""))).toEqual({ status: 400, error: "invalid_grant" });
  }, 60_000);

  it("SIGTERM drains in-flight requests and exits 0", async () => {
    const server = await start();
    // 25 right passwords and 5 unknown emails: each costs an argon2 verification.
    const attempts = Array.from({ length: 30 }, (_, index) => ({
      browser: new TestBrowser(server.url),
      email: index % 6 === 5 ? `nobody-${index}@example.com` : "bob@example.com",
      expected: index % 6 === 5 ? 401 : 200,
    }));
    const answers = attempts.map(async ({ browser, email }) => {
      const response = await signIn(browser, email, "Bob-Pa55!");
      await response.json();
      return response.status;
    });
    server.kill("SIGTERM");

    const statuses = await Promise.allSettled(answers);
    expect(statuses).toEqual(attempts.map(({ expected }) => ({ status: "fulfilled", value: expected })));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    await readDataFile(server);

    // every session answered before the exit was stored
    const after = await start({ dataDir: server.dataDir, port: server.port });
    for (const { browser, expected } of attempts) {
      const session = await browser.json("/api/session", "GET");
      await session.body?.cancel();
      expect(session.status).toBe(expected === 200 ? 200 : 401);
    }
    after.kill("SIGTERM");
    expect(await after.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it("a crash mid-write leaves the previous or the new file, never a torn one, and keeps every acknowledged write", async () => {
    const dataDir = await newDataDir();
    dataDirs.add(dataDir);
    const dataFile = path.join(dataDir, "gatehouse.json");
    const writeLoop = path.join(REPO_ROOT, "server/test/attack/write-loop.ts");
    const acknowledged: string[] = [];
    const torn: string[] = [];
    let reads = 0;

    for (const round of [0, 1, 2, 3]) {
      const writer = runTsx(writeLoop, [dataDir, `${round}`], {});
      let acknowledgedThisRound = 0;
      writer.onLine((id) => {
        acknowledged.push(id);
        acknowledgedThisRound += 1;
      });
      for (let waited = 0; acknowledgedThisRound < 16; waited += 1) {
        if (waited > 600) throw new Error(`the writer acknowledged nothing:\n${writer.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Read the file in a tight loop while the writes go on, then kill: a little later each round.
      const killAt = Date.now() + 150 + 120 * round;
      while (Date.now() < killAt) {
        const text = await readFile(dataFile, "utf8");
        reads += 1;
        try {
          JSON.parse(text);
        } catch {
          torn.push(`${text.length} characters while writing, round ${round}`);
        }
      }
      writer.kill("SIGKILL");
      const exit = await writer.exited;
      expect(exit.signal, writer.output()).toBe("SIGKILL");

      const text = await readFile(dataFile, "utf8");
      let portals: Record<string, unknown> = {};
      try {
        portals = (JSON.parse(text) as { portals: Record<string, unknown> }).portals;
      } catch {
        torn.push(`${text.length} characters after the kill, round ${round}`);
      }
      expect(torn).toEqual([]);
      expect(acknowledged.filter((id) => !(id in portals))).toEqual([]);
      // beside the file, the kill may leave lowdb's temp file, and nothing else
      const others = (await readdir(dataDir)).filter((name) => name !== "gatehouse.json");
      expect(others.filter((name) => name !== ".gatehouse.json.tmp")).toEqual([]);
    }
    expect(reads).toBeGreaterThan(50);

    // and the engine opens it again with every acknowledged write
    const store = await openLowdbStore(dataDir);
    const reopened = await Promise.all(acknowledged.map((id) => store.portals.get(id)));
    expect(reopened.filter((portal) => portal === null)).toEqual([]);
    await store.close();
  }, 60_000);
});
