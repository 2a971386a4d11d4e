import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../test-support/free-port.ts";
import { REPO_ROOT, type ServerProcess, startServerProcess } from "./attack/process.ts";

const TSX = path.join(REPO_ROOT, "server/node_modules/.bin/tsx");
const MAIN = path.join(REPO_ROOT, "server/src/main.ts");

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

const holderOf = async (dataDir: string): Promise<number> =>
  JSON.parse(await readFile(path.join(dataDir, "gatehouse.lock"), "utf8")).pid;

/** `tsx src/main.ts` on `dataDir`, run to its exit: its code, what it wrote, and how long it took. */
async function runToExit(dataDir: string) {
  const port = await freePort();
  const child = spawn(TSX, [MAIN], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: `${port}`,
      ISSUER: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      SEED: "demo",
      // An ephemeral management port: instances on one host must not share one (docs/operations.md#management-port).
      MANAGEMENT_PORT: "0",
    },
  });
  const started = Date.now();
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = await once(child, "close");
  return { code, stdout, stderr, seconds: (Date.now() - started) / 1000 };
}

describe("DATA_DIR, held by one process (lowdb)", () => {
  it("a second process on the same DATA_DIR exits 1 with one line naming the holder; after the holder is killed, a start takes the stale lock", async () => {
    const first = await start();
    const holder = await holderOf(first.dataDir);

    const second = await runToExit(first.dataDir);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `gatehouse: DATA_DIR ${first.dataDir} is in use by process ${holder}; stop it first\n`,
    );
    expect(second.stdout).toBe("");
    expect(second.seconds).toBeLessThan(15);
    // the holder goes on serving
    expect((await fetch(`${first.url}/.well-known/openid-configuration`)).status).toBe(200);

    first.kill("SIGKILL");
    await first.exited;
    const third = await start({ dataDir: first.dataDir, port: first.port });
    expect(await holderOf(third.dataDir)).not.toBe(holder);

    third.kill("SIGTERM");
    expect(await third.exited).toEqual({ code: 0, signal: null });
    // released on a normal exit
    await expect(stat(path.join(third.dataDir, "gatehouse.lock"))).rejects.toThrow("ENOENT");
  }, 90_000);
});
