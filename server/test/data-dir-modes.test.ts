import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "./attack/process.ts";
import { authorizeThroughSpa } from "./harness.ts";
import { codeOf, redeemAsNotes, tokensOf } from "./oauth-app.ts";

const running: ServerProcess[] = [];
const dataDirs = new Set<string>();
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.kill("SIGKILL");
    await server.exited;
  }
  for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  dataDirs.clear();
});

async function start(options: { dataDir?: string; port?: number } = {}): Promise<ServerProcess> {
  const server = await startServerProcess(options);
  running.push(server);
  dataDirs.add(server.dataDir);
  return server;
}

async function stop(server: ServerProcess): Promise<void> {
  server.kill("SIGTERM");
  expect(await server.exited).toEqual({ code: 0, signal: null });
  running.splice(running.indexOf(server), 1);
}

/** Every mode in DATA_DIR that is not private: the directory's other than 0700, a file's other than 0600. */
async function exposed(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const dirMode = (await stat(dataDir)).mode & 0o777;
  if (dirMode !== 0o700) found.push(`DATA_DIR ${dirMode.toString(8)}`);
  for (const name of await readdir(dataDir)) {
    const mode = (await stat(path.join(dataDir, name))).mode & 0o777;
    if (mode !== 0o600) found.push(`${name} ${mode.toString(8)}`);
  }
  return found;
}

/** Signs in and redeems a code: signing keys, a session, a code's and the tokens' hashes reach the files. */
async function issueTokens(server: ServerProcess): Promise<void> {
  await tokensOf(await redeemAsNotes(server.url, codeOf(await authorizeThroughSpa(server))));
}

describe("N72 secrets at rest (the real server, umask 022)", () => {
  let previous: number;
  // The server inherits the test's umask: the usual one, which leaves new files readable by all.
  beforeAll(() => {
    previous = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(previous);
  });

  it("N72 DATA_DIR is 0700 and every file in it 0600 after a first start, a shutdown's compaction and a restart", async () => {
    const first = await start();
    await issueTokens(first);
    expect(await exposed(first.dataDir)).toEqual([]);
    await stop(first); // folds the journal into a new snapshot
    expect(await readdir(first.dataDir)).toContain("gatehouse.json");
    expect(await exposed(first.dataDir)).toEqual([]);

    const second = await start({ dataDir: first.dataDir, port: first.port });
    await issueTokens(second);
    expect(await exposed(second.dataDir)).toEqual([]);
    second.kill("SIGKILL"); // a crash: the next start replays the journal and compacts at once
    await second.exited;
    running.splice(running.indexOf(second), 1);

    const third = await start({ dataDir: first.dataDir, port: first.port });
    expect(await exposed(third.dataDir)).toEqual([]);
    await stop(third);
    expect(await exposed(third.dataDir)).toEqual([]);
  }, 90_000);
});
