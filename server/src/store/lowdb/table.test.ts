import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { GroupIndex, Table } from "./table.ts";

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

describe("a group index (a grant's token families)", () => {
  interface Family {
    id: string;
    grant_id: string;
  }
  const indexed = () => {
    const byGrant = new GroupIndex<Family>((family) => family.grant_id);
    return { byGrant, table: new Table<Family>("families", [byGrant]) };
  };

  it("files each row under its index key, follows a row that moves, and forgets a deleted one", () => {
    const { byGrant, table } = indexed();
    table.put("f1", { id: "f1", grant_id: "g1" });
    table.put("f2", { id: "f2", grant_id: "g1" });
    table.put("f3", { id: "f3", grant_id: "g2" });
    expect(byGrant.find("g1").sort()).toEqual(["f1", "f2"]);
    table.put("f2", { id: "f2", grant_id: "g2" });
    expect(byGrant.find("g1")).toEqual(["f1"]);
    expect(byGrant.find("g2").sort()).toEqual(["f2", "f3"]);
    table.remove("f1");
    expect(byGrant.find("g1")).toEqual([]);
    table.load("f1", { id: "f1", grant_id: "g3" });
    table.load("f3", null);
    expect(byGrant.find("g3")).toEqual(["f1"]);
    expect(byGrant.find("g2")).toEqual(["f2"]);
  });

  it("forgets the rows a prune drops", async () => {
    const { byGrant, table } = indexed();
    for (let index = 0; index < 12_000; index += 1) {
      table.put(`f${index}`, { id: `f${index}`, grant_id: `g${index % 3}` });
    }
    await table.prune((family) => family.grant_id === "g0");
    expect(byGrant.find("g0")).toEqual([]);
    expect(byGrant.find("g1")).toHaveLength(4_000);
  });
});
