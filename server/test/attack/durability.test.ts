import { once } from "node:events";
import { cp, readFile, rm } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sha256 } from "../../src/domain/secrets.ts";
import { openLowdbStore } from "../../src/store/lowdb/open-lowdb-store.ts";
import type { Store } from "../../src/store/types.ts";
import { TestBrowser } from "../browser.ts";
import { burstAndKill, errorOf, inBatches, peopleSelf } from "./burst.ts";
import { isActive, mintCodes, NOTES, redeem, refresh, tokensOf } from "./flows.ts";
import {
  newDataDir,
  pause,
  REPO_ROOT,
  refusesConnections,
  runTsx,
  type ServerProcess,
  startServerProcess,
} from "./process.ts";

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

/** The slice of the lowdb snapshot these tests read: token families and their refresh tokens. */
interface StoredTokens {
  families: Record<string, { id: string; revoked_at: number | null }>;
  refresh_tokens: Record<string, { family_id: string; rotated_at: number | null }>;
}

/**
 * Opens the engine on a copy of what a killed server left (so the server restarts on the data
 * untouched), hands it to `inspect`, closes it, and returns the snapshot it closed with: the whole
 * store, since opening folds any journal into it.
 */
async function openCopy(dataDir: string, inspect: (store: Store) => Promise<void>): Promise<StoredTokens> {
  const copyDir = `${dataDir}-copy`;
  await cp(dataDir, copyDir, { recursive: true });
  try {
    const store = await openLowdbStore(copyDir);
    await inspect(store);
    await store.close();
    return JSON.parse(await readFile(path.join(copyDir, "gatehouse.json"), "utf8")) as StoredTokens;
  } finally {
    await rm(copyDir, { recursive: true, force: true });
  }
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

/**
 * A sign-in sent with `Expect: 100-continue`: `continued` settles once the server has read its
 * headers, and only `send` delivers the body, so the request is surely in the server's hands.
 */
function parkedSignIn(issuer: string, agent: Agent, email: string, password: string) {
  const body = JSON.stringify({ email, password });
  const request = httpRequest(`${issuer}/api/session`, {
    method: "POST",
    agent,
    headers: {
      origin: issuer,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      expect: "100-continue",
    },
  });
  const continued = once(request, "continue");
  const answered = new Promise<{
    status: number;
    connection: string | undefined;
    body: Record<string, unknown>;
    cookies: [string, string][];
  }>((resolve, reject) => {
    request.once("error", reject);
    request.once("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("error", reject);
      response.once("end", () => {
        const cookies = (response.headers["set-cookie"] ?? []).map((line): [string, string] => {
          const pair = line.split(";")[0] ?? "";
          const separator = pair.indexOf("=");
          return [pair.slice(0, separator), pair.slice(separator + 1)];
        });
        resolve({
          status: response.statusCode ?? 0,
          connection: response.headers.connection,
          body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
          cookies,
        });
      });
    });
  });
  request.flushHeaders();
  return {
    continued,
    send: () => {
      request.end(body);
      return answered;
    },
  };
}

describe("durability of the real server process", () => {
  it("M63 SIGKILL during a burst of concurrent token requests loses no token that was handed out", async () => {
    let server = await start();
    const browser = new TestBrowser(server.url);
    /** Refresh tokens rotated during a burst, still to be presented once more at the very end. */
    const rotatedAway: string[] = [];
    // Kill early, a quarter and half way into a burst of 60 requests; each round runs on the data the last one left.
    // When every answer beat the kill (a loaded machine reads answers late), that round is run again with the
    // kill earlier, so each planned round ends with requests in flight.
    const kills = [1, 15, 30];
    for (let round = 0; kills.length > 0; round += 1) {
      const killAfter = kills[0] ?? 1;
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
      // the kill landed while requests were in flight, or this round comes again with an earlier kill
      if (burst.cut > 0) kills.shift();
      else if (killAfter > 1) kills[0] = Math.ceil(killAfter / 2);
      else expect(burst.cut).toBeGreaterThan(0);

      // the store loads and holds every token handed out, unused, and every family exactly one usable token
      const snapshot = await openCopy(server.dataDir, async (store) => {
        const unused = async (token: string) =>
          (await store.tokens.getRefreshToken(sha256(token)))?.rotated_at;
        for (const tokens of burst.redeemed) expect(await unused(tokens.refresh_token)).toBeNull();
        for (const { old, fresh } of burst.rotated) {
          expect(await unused(old)).toEqual(expect.any(Number));
          expect(await unused(fresh.refresh_token)).toBeNull();
        }
      });
      const perFamily = liveTokensPerFamily(snapshot);
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
  }, 180_000);

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

  it("SIGTERM drains in-flight requests, closing their connections, and exits 0", async () => {
    const server = await start();
    const agent = new Agent({ keepAlive: true });
    // 15 right passwords (five each for three people: one person's attempts are counted before they
    // are judged, so more at once would rightly be throttled) and 15 unknown emails, each held by the
    // server until its body arrives.
    const people = [
      ["alice@example.com", "Alice-Pa55!"],
      ["bob@example.com", "Bob-Pa55!"],
      ["carol@example.com", "Carol-Pa55!"],
    ] as const;
    const attempts = Array.from({ length: 30 }, (_, index) => {
      const [email, password] =
        index % 2 === 1
          ? [`nobody-${index}@example.com`, "Bob-Pa55!"]
          : (people[(index / 2) % 3] ?? people[0]);
      return {
        expected: index % 2 === 1 ? 401 : 200,
        ...parkedSignIn(server.url, agent, email, password),
      };
    });
    try {
      // 100 Continue: the server has read every request's headers and waits for its body.
      await Promise.all(attempts.map(({ continued }) => continued));
      server.kill("SIGTERM");
      // A closed listening socket refuses new connections: the server is draining.
      while (!(await refusesConnections(server.port))) await pause(10);

      const answers = await Promise.allSettled(attempts.map(({ send }) => send()));
      expect(answers.map((answer) => answer.status === "fulfilled" && answer.value.status)).toEqual(
        attempts.map(({ expected }) => expected),
      );
      const answered = answers.flatMap((answer) => (answer.status === "fulfilled" ? [answer.value] : []));
      // whole answers, each ending its keep-alive connection so none holds the exit open
      expect(answered.filter(({ body }) => !("user" in body || "error" in body))).toEqual([]);
      expect(answered.map(({ connection }) => connection)).toEqual(attempts.map(() => "close"));
      expect(await server.exited).toEqual({ code: 0, signal: null });

      // the store loads again, holding every session answered before the exit
      const after = await start({ dataDir: server.dataDir, port: server.port });
      const signedIn = answered.filter(({ status }) => status === 200);
      expect(signedIn).toHaveLength(15);
      for (const { cookies } of signedIn) {
        const browser = new TestBrowser(after.url);
        for (const [name, value] of cookies) browser.cookies.set(name, value);
        const session = await browser.json("/api/session", "GET");
        await session.body?.cancel();
        expect(session.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  }, 60_000);

  it("a crash mid-write leaves the previous or the new file, never a torn one, and keeps every acknowledged write", async () => {
    const dataDir = await newDataDir();
    dataDirs.add(dataDir);
    const snapshotFile = path.join(dataDir, "gatehouse.json");
    const writeLoop = path.join(REPO_ROOT, "server/test/attack/write-loop.ts");
    const acknowledged: string[] = [];
    const torn: string[] = [];
    let reads = 0;

    /** Reads the snapshot again and again until `until` settles: every content seen must parse. */
    async function readWhile(until: Promise<unknown>, round: number) {
      let done = false;
      void until.finally(() => {
        done = true;
      });
      while (!done) {
        const text = await readFile(snapshotFile, "utf8").catch((error: NodeJS.ErrnoException) => {
          // the engine may not have written its snapshot yet
          if (error.code === "ENOENT") return null;
          throw error;
        });
        if (text === null) continue;
        reads += 1;
        try {
          JSON.parse(text);
        } catch {
          torn.push(`${text.length} characters, round ${round}`);
        }
      }
    }

    for (const round of [0, 1, 2, 3]) {
      const writer = runTsx(writeLoop, [dataDir, `${round}`], {});
      // from the start, as opening the engine may write too
      const reading = readWhile(writer.exited, round);
      let acknowledgedThisRound = 0;
      writer.onLine((id) => {
        acknowledged.push(id);
        acknowledgedThisRound += 1;
      });
      for (let waited = 0; acknowledgedThisRound < 16; waited += 1) {
        if (waited > 600) throw new Error(`the writer acknowledged nothing:\n${writer.output()}`);
        await pause(25);
      }
      // kill while it writes on: a little later each round
      await pause(150 + 120 * round);
      writer.kill("SIGKILL");
      const exit = await writer.exited;
      expect(exit.signal, writer.output()).toBe("SIGKILL");
      await reading;
      expect(torn).toEqual([]);

      // the engine opens what the kill left, with every write it acknowledged
      const store = await openLowdbStore(dataDir);
      const lost: string[] = [];
      for (const id of acknowledged) if ((await store.portals.get(id)) === null) lost.push(id);
      await store.close();
      expect(lost).toEqual([]);
    }
    expect(reads).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(64);
  }, 60_000);
});
