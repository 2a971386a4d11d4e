import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { StoredTable } from "./tables.ts";

/** Records serialised between two turns of the event loop while a snapshot is written. */
const SNAPSHOT_SLICE = 250;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Loads the snapshot's text (`gatehouse.json`, null when there is none yet) into `tables`; returns
 * the first journal generation not folded into it. A snapshot written by an older version lacks
 * the newer tables: they start empty.
 */
export function loadSnapshot(text: string | null, tables: StoredTable[]): number {
  if (text === null) return 0;
  const snapshot: unknown = JSON.parse(text);
  if (!isObject(snapshot)) throw new Error("gatehouse.json holds no snapshot");
  for (const table of tables) {
    const rows = snapshot[table.name];
    if (isObject(rows)) for (const [key, record] of Object.entries(rows)) table.load(key, record);
  }
  return typeof snapshot.journal_generation === "number" ? snapshot.journal_generation : 0;
}

/**
 * The tables as the snapshot's JSON, in parts whose concatenation is the snapshot, without holding
 * the event loop: the entries are taken at one instant (records are replaced, never changed in
 * place, so that is a consistent cut), then serialised a slice at a time. One `JSON.stringify` of
 * 100,000 grants held it ≈ 200 ms; joining the parts into one string held it too, so they stay apart.
 */
export async function serializeSnapshot(tables: StoredTable[], journalGeneration: number): Promise<string[]> {
  const cut = tables.map((table) => [table.name, table.entries()] as const);
  const parts = [`{"version":1,"journal_generation":${journalGeneration}`];
  for (const [name, entries] of cut) {
    parts.push(`,"${name}":{`);
    for (let start = 0; start < entries.length; start += SNAPSHOT_SLICE) {
      const slice = entries.slice(start, start + SNAPSHOT_SLICE);
      parts.push(
        `${start > 0 ? "," : ""}${slice.map(([key, record]) => `${JSON.stringify(key)}:${JSON.stringify(record)}`).join(",")}`,
      );
      await yieldToEventLoop();
    }
    parts.push("}");
  }
  parts.push("}");
  return parts;
}
