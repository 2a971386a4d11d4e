// Run by durability.test.ts as a child process, to be killed mid-write: opens the lowdb engine on
// the directory given as argv[2] and inserts portals, 8 at a time, without end. Each stored id is
// printed on its own line once its insert has resolved, so the test knows which writes were acknowledged.
import { openLowdbStore } from "../../src/store/lowdb/open-lowdb-store.ts";

const dataDir = process.argv[2];
const round = process.argv[3] ?? "0";
if (!dataDir) throw new Error("usage: write-loop.ts <data dir> <round>");

const store = await openLowdbStore(dataDir);
// Bulky records make each write slow, so a kill is likely to land inside one.
const padding = "x".repeat(2048);
for (let batch = 0; ; batch += 1) {
  const ids = Array.from({ length: 8 }, (_, index) => `r${round}-${batch}-${index}`);
  await Promise.all(
    ids.map(async (id) => {
      await store.portals.insert({ id, name: `${id} ${padding}` });
      process.stdout.write(`${id}\n`);
    }),
  );
}
