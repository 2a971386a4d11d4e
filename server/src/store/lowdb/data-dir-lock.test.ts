import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, type DataDirLock, lockDataDir, takeoverGuard } from "./data-dir-lock.ts";
import { openLowdbStore } from "./open-lowdb-store.ts";

const dirs: string[] = [];
const locks: DataDirLock[] = [];
afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "gatehouse-lock-"));
  dirs.push(dir);
  return dir;
}

async function lock(dir: string): Promise<DataDirLock> {
  const taken = await lockDataDir(dir);
  locks.push(taken);
  return taken;
}

/** The pid of a process that has exited (and been reaped): no process answers to it now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await once(child, "exit");
  if (child.pid === undefined) throw new Error("the child had no pid");
  return child.pid;
}

const lockFile = (dir: string) => path.join(dir, "gatehouse.lock");

describe("the DATA_DIR lock", () => {
  it("is a file only its owner may read, naming this process and when it took the lock", async () => {
    const dir = await dataDir();
    await lock(dir);
    expect((await stat(lockFile(dir))).mode & 0o777).toBe(0o600);
    const holder = JSON.parse(await readFile(lockFile(dir), "utf8"));
    expect(holder).toEqual({ pid: process.pid, started_at: expect.any(String) });
    expect(Number.isNaN(Date.parse(holder.started_at))).toBe(false);
  });

  it("refuses a second taker while held, naming the holder's pid", async () => {
    const dir = await dataDir();
    await lock(dir);
    const refused = lockDataDir(dir);
    await expect(refused).rejects.toThrow(DataDirInUseError);
    await expect(refused).rejects.toThrow(
      `DATA_DIR ${dir} is in use by process ${process.pid}; stop it first`,
    );
  });

  it("is free again once released", async () => {
    const dir = await dataDir();
    const first = await lockDataDir(dir);
    await first.release();
    await expect(stat(lockFile(dir))).rejects.toThrow();
    await lock(dir);
  });

  it("takes over a stale lock, whose process is gone", async () => {
    const dir = await dataDir();
    const pid = await deadPid();
    await writeFile(lockFile(dir), JSON.stringify({ pid, started_at: "2024-01-01T00:00:00.000Z" }), {
      mode: 0o600,
    });
    await lock(dir);
    expect(JSON.parse(await readFile(lockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("takes over a lock naming this very pid that this process never took (a restart under the same pid)", async () => {
    const dir = await dataDir();
    await writeFile(
      lockFile(dir),
      JSON.stringify({ pid: process.pid, started_at: "2024-01-01T00:00:00.000Z" }),
    );
    await lock(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError);
  });

  it("takes over a lock left empty by a crash between creating and writing it", async () => {
    const dir = await dataDir();
    await writeFile(lockFile(dir), "");
    await lock(dir);
    expect(JSON.parse(await readFile(lockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("takes over a lock naming no process (pid 0 would signal our own process group)", async () => {
    const dir = await dataDir();
    await writeFile(lockFile(dir), JSON.stringify({ pid: 0, started_at: "2024-01-01T00:00:00.000Z" }));
    await lock(dir);
    expect(JSON.parse(await readFile(lockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("lets exactly one of several takers at once have a stale lock, round after round", async () => {
    // One round lost the race about one time in ten when a taker renamed the lock aside and back.
    const pid = await deadPid();
    for (let round = 0; round < 100; round += 1) {
      const dir = await dataDir();
      await writeFile(lockFile(dir), JSON.stringify({ pid, started_at: "2024-01-01T00:00:00.000Z" }));
      const results = await Promise.allSettled(Array.from({ length: 4 }, () => lockDataDir(dir)));
      const taken = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
      locks.push(...taken);
      expect(taken, `round ${round}`).toHaveLength(1);
      for (const result of results) {
        if (result.status === "rejected") expect(result.reason).toBeInstanceOf(DataDirInUseError);
      }
      expect(await readdir(dir)).toEqual(["gatehouse.lock"]); // no takeover guard left behind
    }
  });

  it("lets exactly one of several processes starting at once have a stale lock", async () => {
    const taker = fileURLToPath(new URL("./data-dir-lock.taker.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
    for (let round = 0; round < 3; round += 1) {
      const dir = await dataDir();
      await writeFile(
        lockFile(dir),
        JSON.stringify({ pid: await deadPid(), started_at: "2024-01-01T00:00:00.000Z" }),
      );
      const goAt = Date.now() + 2_500; // each waits for this moment once started, so they race
      const outcomes = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const child = spawn(tsx, [taker, dir, `${goAt}`], { stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => {
            out += chunk.toString();
          });
          const [code] = await once(child, "close");
          return { code, out: out.trim() };
        }),
      );
      expect(outcomes.map(({ out }) => out).sort(), `round ${round}`).toEqual([
        "in use",
        "in use",
        "in use",
        "taken",
      ]);
      expect(outcomes.every(({ code }) => code === 0)).toBe(true);
    }
  }, 60_000);

  it("takes over a stale lock whose takeover a taker that died left half done", async () => {
    const dir = await dataDir();
    const stale = JSON.stringify({ pid: await deadPid(), started_at: "2024-01-01T00:00:00.000Z" });
    await writeFile(lockFile(dir), stale);
    const guard = takeoverGuard(lockFile(dir), { ino: (await stat(lockFile(dir))).ino, text: stale });
    await writeFile(guard, JSON.stringify({ pid: await deadPid(), started_at: "2024-01-01T00:00:01.000Z" }));
    await lock(dir);
    expect(JSON.parse(await readFile(lockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("waits out a live taker's takeover, then finds the lock it took", async () => {
    const dir = await dataDir();
    const stale = JSON.stringify({ pid: await deadPid(), started_at: "2024-01-01T00:00:00.000Z" });
    await writeFile(lockFile(dir), stale);
    const guard = takeoverGuard(lockFile(dir), { ino: (await stat(lockFile(dir))).ino, text: stale });
    // Another live process (our parent) holds the guard: it is the one deleting the stale lock.
    await writeFile(guard, JSON.stringify({ pid: process.ppid, started_at: new Date().toISOString() }));
    const taking = lockDataDir(dir);
    await sleep(100);
    await rm(lockFile(dir));
    await writeFile(
      lockFile(dir),
      JSON.stringify({ pid: process.ppid, started_at: new Date().toISOString() }),
    );
    await rm(guard);
    await expect(taking).rejects.toThrow(`is in use by process ${process.ppid}`);
  });

  it("is held by the lowdb engine from open to close", async () => {
    const dir = await dataDir();
    const store = await openLowdbStore(dir);
    await expect(openLowdbStore(dir)).rejects.toThrow(DataDirInUseError);
    await store.close();
    const reopened = await openLowdbStore(dir);
    await reopened.close();
  });
});
