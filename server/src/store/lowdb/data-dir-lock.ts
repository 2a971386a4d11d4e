import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { type FileHandle, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { openPrivateFile } from "./private-files.ts";

const LOCK_FILE = "gatehouse.lock";

/** A second process on the same DATA_DIR: the engine refuses to open it. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: number,
  ) {
    super(`DATA_DIR ${dataDir} is in use by process ${holder}; stop it first`);
    this.name = "DataDirInUseError";
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/** What the lock file holds: its holder's pid (a positive one: `kill(0)` would signal our own group) and start time. */
const holderSchema = z.object({ pid: z.number().int().positive(), started_at: z.string() });
type Holder = z.infer<typeof holderSchema>;

/** The lock files this process holds, released by the `exit` hook if no close() came first. */
const held = new Set<string>();

function releaseOnExit() {
  for (const file of held) rmSync(file, { force: true });
}

const codeOf = (error: unknown): unknown =>
  error instanceof Error && "code" in error ? error.code : undefined;

/** A process exists, and is no zombie (a zombie holds no files; its parent has yet to reap it). */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (codeOf(error) === "ESRCH") return false;
    if (codeOf(error) === "EPERM") return true; // another user's
    throw error;
  }
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch((error: unknown) => {
    if (codeOf(error) === "ENOENT") return ""; // no procfs (not Linux): the signal's answer stands
    throw error;
  });
  // `pid (comm) S …`: the state follows the last parenthesis, as comm may hold any character.
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

/** The holder a lock file names; null when it names none (a crash between creating and writing it). */
async function readHolder(file: string): Promise<Holder | null> {
  // Its creator writes right after creating it: give that write a moment before calling it torn.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const text = await readFile(file, "utf8").catch((error: unknown) => {
      if (codeOf(error) === "ENOENT") return null;
      throw error;
    });
    if (text === null) return null;
    const holder = parseHolder(text);
    if (holder) return holder;
    await sleep(20);
  }
  return null;
}

function parseHolder(text: string): Holder | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // not yet written whole
  }
  const parsed = holderSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether the lock is held: by this process, or by a live holder other than a previous life of this pid. */
async function isHeld(file: string, holder: Holder | null): Promise<boolean> {
  if (held.has(file)) return true; // this process took it (and may be writing its name yet)
  // Torn, or our own pid in a lock we never took: a process that restarts under a fixed pid (a container's 1).
  if (holder === null || holder.pid === process.pid) return false;
  return isRunning(holder.pid);
}

/**
 * Moves a stale lock out of the way. It is renamed first, so of two processes taking over the same
 * stale lock only one deletes it; a lock that turns out to be another's fresh one is put back.
 */
async function takeOver(file: string, stale: Holder): Promise<void> {
  const aside = `${file}.${process.pid}.${randomUUID()}.stale`; // its own: another taker never deletes it
  try {
    await rename(file, aside);
  } catch (error) {
    if (codeOf(error) !== "ENOENT") throw error;
    return; // another process moved it first
  }
  const moved = await readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.started_at !== stale.started_at)) {
    await rename(aside, file);
    return;
  }
  await rm(aside, { force: true });
}

/** Creates the lock file naming `me`; false when one exists. */
async function create(file: string, me: Holder): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await openPrivateFile(file, "wx");
  } catch (error) {
    if (codeOf(error) === "EEXIST") return false;
    throw error;
  }
  // Held from the moment it exists, so a second taker in this process never mistakes it for a previous life's.
  if (held.size === 0) process.once("exit", releaseOnExit);
  held.add(file);
  try {
    await handle.writeFile(`${JSON.stringify(me)}\n`);
  } catch (error) {
    await forget(file);
    throw error;
  } finally {
    await handle.close();
  }
  return true;
}

async function forget(file: string): Promise<void> {
  if (!held.delete(file)) return;
  if (held.size === 0) process.removeListener("exit", releaseOnExit);
  await rm(file, { force: true });
}

/**
 * Takes `dataDir` for this process: the lowdb engine's files have exactly one writer.
 * The lock is a file created atomically (`wx`), naming its holder's pid and start time; one whose
 * holder is gone is stale and is taken over. It is released by `release()` or at the process's exit.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.resolve(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, started_at: new Date().toISOString() };
  for (;;) {
    // A taker in this process already has it, or is creating it: the engine's files have one writer.
    if (held.has(file)) throw new DataDirInUseError(dataDir, process.pid);
    if (await create(file, me)) break;
    const holder = await readHolder(file);
    if (await isHeld(file, holder)) throw new DataDirInUseError(dataDir, holder?.pid ?? process.pid);
    await takeOver(file, holder ?? { pid: 0, started_at: "" });
  }
  return { release: () => forget(file) };
}
