import type { Change } from "./journal.ts";
import type { Table } from "./table.ts";
import type { Lowdb } from "./tables.ts";

/** Deletes go to the journal this many to a line, so one prune never builds one huge write. */
const PRUNE_BATCH = 1000;

/**
 * Deletes the records `expired` accepts, a batch per journal line, so the files forget them too;
 * the table is walked a slice at a time, so a scheduled prune never holds the event loop for long.
 * Each record is judged again as its batch is taken: one changed since (a session used) may stay.
 */
export async function pruneWhere<R>(
  { commit }: Pick<Lowdb, "commit">,
  table: Table<R>,
  expired: (record: R) => boolean,
): Promise<number> {
  const keys = await table.keysWhereInSlices(expired);
  let pruned = 0;
  for (let start = 0; start < keys.length; start += PRUNE_BATCH) {
    const changes: Change[] = [];
    for (const key of keys.slice(start, start + PRUNE_BATCH)) {
      const record = table.peek(key);
      if (record !== undefined && expired(record)) changes.push(table.remove(key));
    }
    if (changes.length > 0) await commit(changes);
    pruned += changes.length;
  }
  return pruned;
}
