import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readJournal } from "../src/store/lowdb/journal.ts";

/** Every byte the lowdb engine keeps on disk (snapshot and journal), as one text to search. */
export async function storeText(dataDir: string): Promise<string> {
  const names = (await readdir(dataDir)).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(dataDir, name), "utf8")));
  return texts.join("\n");
}

/** The tables as the engine would load them: the snapshot with the journal replayed over it. */
export async function storeTables(dataDir: string): Promise<Record<string, Record<string, unknown>>> {
  const snapshotText = await readFile(path.join(dataDir, "gatehouse.json"), "utf8").catch(() => "{}");
  const snapshot = JSON.parse(snapshotText) as Record<string, unknown>;
  const generation = typeof snapshot.journal_generation === "number" ? snapshot.journal_generation : 0;
  const tables: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(snapshot)) {
    if (typeof value === "object" && value !== null) tables[name] = { ...(value as Record<string, unknown>) };
  }
  for (const changes of (await readJournal(dataDir, generation)).changes) {
    for (const [table, key, value] of changes) {
      tables[table] ??= {};
      const rows = tables[table];
      if (value === null) delete rows[key];
      else rows[key] = value;
    }
  }
  return tables;
}
