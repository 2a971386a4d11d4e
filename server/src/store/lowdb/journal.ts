import { constants } from "node:fs";
import { type FileHandle, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { openPrivateFile } from "./private-files.ts";

/** One record written or deleted: [collection, key, the whole record, or null for a delete]. */
export type Change = [collection: string, key: string, value: unknown];

/**
 * An append-only journal with group commit: every operation's changes become one JSON line, and all
 * the lines appended while the previous batch was being written go in one synchronous (O_DSYNC) `write`; each
 * operation resolves only once its line is on disk. Lines hold whole records, so replaying them in
 * order over a snapshot is idempotent, and a torn last line (a crash mid-write) is skipped: its
 * operation was never answered.
 */
export interface Journal {
  append(changes: Change[]): Promise<void>;
  /** Bytes written to the current generation. */
  readonly size: number;
  readonly generation: number;
  /** Starts generation `generation + 1`; writes after this call go to it. */
  rotate(): Promise<void>;
  /** Deletes the files of generations before `generation`. */
  dropBefore(generation: number): Promise<void>;
  close(): Promise<void>;
}

const fileName = (generation: number) => `gatehouse.journal.${generation}`;

/** Each write returns once its data is on the device (O_DSYNC): one system call per batch, no separate fdatasync. */
const JOURNAL_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND | constants.O_DSYNC;
const GENERATION = /^gatehouse\.journal\.(\d+)$/;

const isChangeList = (value: unknown): value is Change[] =>
  Array.isArray(value) &&
  value.every(
    (change) =>
      Array.isArray(change) &&
      change.length === 3 &&
      typeof change[0] === "string" &&
      typeof change[1] === "string",
  );

/** The journal generations present in `dataDir`, oldest first. */
async function generations(dataDir: string): Promise<number[]> {
  const names = await readdir(dataDir);
  return names
    .map((name) => GENERATION.exec(name)?.[1])
    .filter((value): value is string => value !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every complete line of generations ≥ `from`, in order; a torn line ends its file. */
export async function readJournal(
  dataDir: string,
  from: number,
): Promise<{ changes: Change[][]; last: number }> {
  const changes: Change[][] = [];
  let last = from;
  for (const generation of await generations(dataDir)) {
    if (generation < from) continue;
    last = generation;
    const text = await readFile(path.join(dataDir, fileName(generation)), "utf8");
    for (const line of text.split("\n")) {
      if (line === "") continue;
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        break; // a line cut by a crash: nothing after it was acknowledged either
      }
      if (!isChangeList(entry))
        throw new Error(`${fileName(generation)} holds a line that is no journal entry`);
      changes.push(entry);
    }
  }
  return { changes, last };
}

interface Batch {
  lines: string[];
  waiters: { resolve(): void; reject(error: unknown): void }[];
}

/** Opens a new, empty generation (never appending to a file a crash may have torn). */
export async function openJournal(dataDir: string, generation: number): Promise<Journal> {
  let current = generation;
  let handle: FileHandle = await openPrivateFile(path.join(dataDir, fileName(current)), JOURNAL_FLAGS);
  let size = 0;
  let pending: Batch | null = null;
  /** The chain every write and rotation runs on, one after another. */
  let flushing: Promise<void> = Promise.resolve();

  async function flush(batch: Batch) {
    const text = batch.lines.join("");
    try {
      await handle.write(text);
      size += Buffer.byteLength(text);
      for (const waiter of batch.waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
  }

  return {
    append(changes) {
      return new Promise<void>((resolve, reject) => {
        let batch = pending;
        if (!batch) {
          batch = { lines: [], waiters: [] };
          pending = batch;
          // Group commit: everything appended until the previous write is done goes in one write.
          flushing = flushing.then(() => {
            const ready = pending;
            pending = null;
            return ready ? flush(ready) : undefined;
          });
        }
        batch.lines.push(`${JSON.stringify(changes)}\n`);
        batch.waiters.push({ resolve, reject });
      });
    },
    get size() {
      return size;
    },
    get generation() {
      return current;
    },
    rotate() {
      // On the chain, so no write runs while the file changes: earlier batches go to the old
      // generation, later ones to the new.
      flushing = flushing.then(async () => {
        const next = await openPrivateFile(path.join(dataDir, fileName(current + 1)), JOURNAL_FLAGS);
        await handle.close();
        handle = next;
        current += 1;
        size = 0;
      });
      return flushing;
    },
    async dropBefore(before) {
      for (const old of await generations(dataDir)) {
        if (old < before) await rm(path.join(dataDir, fileName(old)), { force: true });
      }
    },
    async close() {
      await flushing;
      await handle.close();
    },
  };
}
