import path from "node:path";
import { type Change, openJournal, readJournal } from "./journal.ts";
import { pruneExpired } from "./prune.ts";
import { loadSnapshot, serializeSnapshot } from "./snapshot.ts";
import type { Memory } from "./tables.ts";
import { PrivateTextFile } from "./write-file-atomically.ts";

/**
 * The journal is folded into a new snapshot once it holds this much and more than the snapshot
 * itself: a compaction costs the snapshot's size, so it comes after at least as much journal
 * (each byte rewritten about once), and a restart replays at most about a snapshot's worth.
 */
const COMPACT_AFTER_BYTES = 64 * 1024 * 1024;

/** The memory's copy on disk, which every mutation reaches before it resolves. */
export interface Disk {
  /** Makes `changes` (already applied in memory) durable. */
  commit(changes: Change[]): Promise<void>;
  /** Folds the journal into a new snapshot and closes the files. */
  close(): Promise<void>;
}

/**
 * Loads `dataDir` into `memory` and keeps it there: a JSON snapshot (`gatehouse.json`, written whole
 * through a lowdb adapter: a private temporary file, flushed, then renamed) plus an append-only journal of the changes
 * since (see `journal.ts`). So a write costs the size of what
 * changed, not of the store, and a crash leaves the snapshot whole and the journal complete up to
 * its last full line.
 */
export async function openDisk(dataDir: string, memory: Memory, clock: () => number): Promise<Disk> {
  const snapshotFile = new PrivateTextFile(path.join(dataDir, "gatehouse.json"));
  const text = await snapshotFile.read();
  let snapshotBytes = text?.length ?? 0; // characters: JSON of ASCII keys and mostly ASCII values
  let journalGeneration = loadSnapshot(text, memory.stored);

  const byName = new Map(memory.stored.map((table) => [table.name, table]));
  const replayed = await readJournal(dataDir, journalGeneration);
  for (const changes of replayed.changes) {
    for (const [name, key, value] of changes) {
      const table = byName.get(name);
      if (!table) throw new Error(`the journal names a table this version lacks: ${name}`);
      table.load(key, value);
    }
  }

  const journal = await openJournal(dataDir, replayed.last + 1);
  let compacting: Promise<void> | null = null;

  /** Folds the journal into a new snapshot: rotate first, so later writes land in the new generation. */
  async function compact(): Promise<void> {
    await journal.rotate();
    journalGeneration = journal.generation;
    await pruneExpired(memory.tables, Math.floor(clock() / 1000));
    const parts = await serializeSnapshot(memory.stored, journalGeneration);
    await snapshotFile.writeParts(parts);
    snapshotBytes = parts.reduce((bytes, part) => bytes + part.length, 0);
    await journal.dropBefore(journal.generation);
  }

  // Start from a fresh snapshot when there was anything to replay; otherwise the older
  // generations hold nothing the snapshot lacks.
  if (replayed.changes.length > 0) await compact();
  else await journal.dropBefore(journal.generation);

  return {
    async commit(changes) {
      await journal.append(changes);
      if (journal.size > Math.max(COMPACT_AFTER_BYTES, snapshotBytes) && !compacting) {
        compacting = compact().finally(() => {
          compacting = null;
        });
      }
    },
    async close() {
      await compacting;
      await compact();
      await journal.close();
    },
  };
}
