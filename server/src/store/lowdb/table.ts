import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { clonePlain } from "./clone.ts";
import type { Change } from "./journal.ts";

/** Rows judged between two turns of the event loop while a compaction prunes a table. */
const PRUNE_SLICE = 5000;

/** A lookup by something other than a table's key, kept beside the table it indexes. */
export interface TableIndex<R> {
  add(key: string, record: R): void;
  delete(key: string, record: R): void;
}

/** An index with one record per index key. */
export class UniqueIndex<R> implements TableIndex<R> {
  readonly #keys = new Map<string, string>();
  constructor(readonly indexKeyOf: (record: R) => string) {}

  /** The key of the record filed under `indexKey`. */
  find(indexKey: string): string | undefined {
    return this.#keys.get(indexKey);
  }

  add(key: string, record: R): void {
    this.#keys.set(this.indexKeyOf(record), key);
  }

  delete(key: string, record: R): void {
    const indexKey = this.indexKeyOf(record);
    if (this.#keys.get(indexKey) === key) this.#keys.delete(indexKey);
  }
}

/** An index with any number of records per index key: a grant's token families. */
export class GroupIndex<R> implements TableIndex<R> {
  readonly #keys = new Map<string, Set<string>>();
  constructor(readonly indexKeyOf: (record: R) => string) {}

  /** The keys of the records filed under `indexKey`, as they are now. */
  find(indexKey: string): string[] {
    return [...(this.#keys.get(indexKey) ?? [])];
  }

  add(key: string, record: R): void {
    const indexKey = this.indexKeyOf(record);
    const keys = this.#keys.get(indexKey);
    if (keys) keys.add(key);
    else this.#keys.set(indexKey, new Set([key]));
  }

  delete(key: string, record: R): void {
    const indexKey = this.indexKeyOf(record);
    const keys = this.#keys.get(indexKey);
    if (!keys?.delete(key)) return;
    if (keys.size === 0) this.#keys.delete(indexKey);
  }
}

/**
 * One table in memory: a Map (no prototype keys, and no string internalising per lookup), the name
 * its changes carry in the journal, and its indexes. Records enter and leave as copies, so no caller
 * can change stored data behind its back; a stored record is replaced, never changed in place.
 */
export class Table<R> {
  readonly #rows = new Map<string, R>();
  readonly #indexes: TableIndex<R>[];
  readonly #defaults: Partial<R> | null;

  /**
   * @param defaults the values of fields a later version added, for records an earlier version wrote
   *   (the lowdb engine's migrations).
   */
  constructor(
    readonly name: string,
    indexes: TableIndex<R>[] = [],
    defaults: Partial<R> | null = null,
  ) {
    this.#indexes = indexes;
    this.#defaults = defaults;
  }

  get size(): number {
    return this.#rows.size;
  }

  /** The stored record itself, for the engine's own reads: never hand it out. */
  peek(key: string): R | undefined {
    return this.#rows.get(key);
  }

  has(key: string): boolean {
    return this.#rows.has(key);
  }

  values(): IterableIterator<R> {
    return this.#rows.values();
  }

  /** The rows as they are at this instant: later writes replace records, so the cut stays consistent. */
  entries(): [string, R][] {
    return [...this.#rows];
  }

  /** A copy of the record under `key`, or null. */
  read(key: string): R | null {
    const record = this.#rows.get(key);
    return record === undefined ? null : clonePlain(record);
  }

  /** Copies of the records `matches` accepts. */
  readWhere(matches: (record: R) => boolean): R[] {
    const found: R[] = [];
    for (const record of this.#rows.values()) if (matches(record)) found.push(clonePlain(record));
    return found;
  }

  /** Stores a copy of `record` in memory; returns its change for the journal. */
  put(key: string, record: R): Change {
    const stored = clonePlain(record);
    this.#set(key, stored);
    return [this.name, key, stored];
  }

  /** Deletes the record in memory; returns its change for the journal. */
  remove(key: string): Change {
    this.#delete(key);
    return [this.name, key, null];
  }

  /** The keys of the records `matches` accepts, at this instant. */
  keysWhere(matches: (record: R) => boolean): string[] {
    const keys: string[] = [];
    for (const [key, record] of this.#rows) if (matches(record)) keys.push(key);
    return keys;
  }

  /**
   * Calls `visit` with each row, yielding the event loop every slice of rows: one pass over 120,000
   * tokens held it 40–90 ms. (A Map's iterator survives deletes and inserts made meanwhile.)
   */
  async visitInSlices(visit: (key: string, record: R) => void): Promise<void> {
    let seen = 0;
    for (const [key, record] of this.#rows) {
      visit(key, record);
      if (++seen % PRUNE_SLICE === 0) await yieldToEventLoop();
    }
  }

  /** The keys of the records `matches` accepts, a slice of rows at a time (a prune walks whole tables). */
  async keysWhereInSlices(matches: (record: R) => boolean): Promise<string[]> {
    const keys: string[] = [];
    await this.visitInSlices((key, record) => {
      if (matches(record)) keys.push(key);
    });
    return keys;
  }

  /** Drops the records `expired` accepts, without a journal entry (a compaction writes the result). */
  prune(expired: (record: R) => boolean): Promise<void> {
    return this.visitInSlices((key, record) => {
      if (expired(record)) this.#delete(key);
    });
  }

  /**
   * A record read back from disk, from the snapshot or a journal line (null: deleted). The one place
   * parsed JSON becomes a record: only this engine wrote it, from a record of this table.
   */
  load(key: string, value: unknown): void {
    if (value === null) {
      this.#delete(key);
      return;
    }
    const record = value as R;
    this.#set(key, this.#defaults === null ? record : { ...this.#defaults, ...record });
  }

  #set(key: string, record: R): void {
    const previous = this.#rows.get(key);
    for (const index of this.#indexes) {
      if (previous !== undefined) index.delete(key, previous);
      index.add(key, record);
    }
    this.#rows.set(key, record);
  }

  #delete(key: string): void {
    const previous = this.#rows.get(key);
    if (previous === undefined) return;
    for (const index of this.#indexes) index.delete(key, previous);
    this.#rows.delete(key);
  }
}
