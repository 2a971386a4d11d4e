import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, type DataDirLock, lockDataDir } from "./data-dir-lock.ts";
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

  it("lets exactly one of several takers at once have it", async () => {
    const dir = await dataDir();
    const pid = await deadPid();
    await writeFile(lockFile(dir), JSON.stringify({ pid, started_at: "2024-01-01T00:00:00.000Z" }));
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => lockDataDir(dir)));
    const taken = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    locks.push(...taken);
    expect(taken).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toBeInstanceOf(DataDirInUseError);
    }
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
