import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { Table } from "./table.ts";

interface Row {
  id: string;
  expires_at: number;
}

/** A table of `count` rows, every third expired at 100. */
function filled(count: number): Table<Row> {
  const table = new Table<Row>("rows");
  for (let index = 0; index < count; index += 1) {
    const id = `row-${index}`;
    table.put(id, { id, expires_at: index % 3 === 0 ? 100 : 200 });
  }
  return table;
}

/** Counts the event loop's turns while `work` runs: how often it let other work in. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const ticking = (async () => {
    while (running) {
      await nextTurn();
      turns += 1;
    }
  })();
  await work();
  running = false;
  await ticking;
  return turns;
}

describe("a lowdb table walked whole (prunes)", () => {
  const expired = (row: Row) => row.expires_at <= 150;

  it("finds the same keys a slice of rows at a time as in one pass, and lets the event loop turn between slices", async () => {
    const table = filled(30_000);
    let keys: string[] = [];
    const turns = await turnsDuring(async () => {
      keys = await table.keysWhereInSlices(expired);
    });
    expect(keys).toEqual(table.keysWhere(expired));
    expect(keys).toHaveLength(10_000);
    // 30,000 rows, 5,000 to a slice: one pass would give the loop no turn at all.
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it("prunes the expired rows a slice at a time, and keeps the rest", async () => {
    const table = filled(30_000);
    const turns = await turnsDuring(() => table.prune(expired));
    expect(table.size).toBe(20_000);
    expect(table.keysWhere(expired)).toEqual([]);
    expect(table.peek("row-1")).toEqual({ id: "row-1", expires_at: 200 });
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});
