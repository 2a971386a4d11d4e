/**
 * One taker of a DATA_DIR lock in a process of its own, for data-dir-lock.test.ts: waits for the
 * moment it is given, tries the lock, prints `taken` or `in use`, and holds what it took a while.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.ts";

const [dataDir, goAt] = process.argv.slice(2);
if (dataDir === undefined || goAt === undefined)
  throw new Error("usage: data-dir-lock.taker.ts DIR GO_AT_MS");
await sleep(Math.max(0, Number(goAt) - Date.now()));
try {
  const lock = await lockDataDir(dataDir);
  console.log("taken");
  await sleep(500); // the others decide while it is held
  await lock.release();
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.log("in use");
}
