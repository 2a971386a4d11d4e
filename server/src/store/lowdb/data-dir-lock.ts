import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { type FileHandle, open, readFile, rm } from "node:fs/promises";
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

/** What a lock file held at one moment: its text, the holder the text names (null when torn), its inode. */
interface Found {
  readonly text: string;
  readonly holder: Holder | null;
  readonly ino: number;
}

/** What `file` holds; null when there is no such file. */
async function readLock(file: string): Promise<Found | null> {
  // Its creator writes right after creating it: give that write a moment before calling it torn.
  for (let attempt = 0; ; attempt += 1) {
    let handle: FileHandle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      if (codeOf(error) === "ENOENT") return null;
      throw error;
    }
    let found: Found;
    try {
      const { ino } = await handle.stat();
      const text = await handle.readFile("utf8");
      found = { text, holder: parseHolder(text), ino };
    } finally {
      await handle.close();
    }
    if (found.holder !== null || attempt === 9) return found;
    await sleep(20);
  }
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

/** The guard of the takeover of `stale`, found at `file`: one name per lock file and content. */
export function takeoverGuard(file: string, stale: { ino: number; text: string }): string {
  const fingerprint = createHash("sha256").update(`${stale.ino}\n${stale.text}`).digest("hex");
  return `${file}.takeover-${fingerprint.slice(0, 16)}`;
}

const sameFile = (a: Found, b: Found) => a.ino === b.ino && a.text === b.text;

/**
 * Creates `file` naming `me`, taking over a stale one on the way: null once this process holds it,
 * else the live holder found in it.
 */
async function take(file: string, me: Holder): Promise<Holder | null> {
  for (;;) {
    // A taker in this process already has it, or is creating it.
    if (held.has(file)) return me;
    if (await create(file, me)) return null;
    const found = await readLock(file);
    if (found === null) continue; // released meanwhile
    if (await isHeld(file, found.holder)) return found.holder ?? me;
    await removeStale(file, found, me);
  }
}

/**
 * Deletes the stale lock `file`, if it is still the one found. Takers that found the same stale lock
 * contend for one guard file named after it, and only the guard's holder looks again and deletes: a
 * bare delete (or a rename aside and back) could remove a lock another taker has just created in its
 * place, and leave two holders. A taker that died holding a guard left a stale guard, taken over the
 * same way.
 */
async function removeStale(file: string, stale: Found, me: Holder): Promise<void> {
  const guard = takeoverGuard(file, stale);
  if ((await take(guard, me)) !== null) {
    await sleep(10); // another taker is removing it: look again after it
    return;
  }
  try {
    const now = await readLock(file);
    if (now !== null && sameFile(now, stale)) await rm(file, { force: true });
  } finally {
    await forget(guard);
  }
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
 * holder is gone is stale and is taken over (under a guard: see `removeStale`). It is released by
 * `release()` or at the process's exit.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.resolve(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, started_at: new Date().toISOString() };
  const holder = await take(file, me);
  if (holder !== null) throw new DataDirInUseError(dataDir, holder.pid);
  return { release: () => forget(file) };
}
