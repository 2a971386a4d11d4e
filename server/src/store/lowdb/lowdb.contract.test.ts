import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { describeStoreContract } from "../../../test/store-contract/index.ts";
import { openLowdbStore } from "./open-lowdb-store.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describeStoreContract("lowdb", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "gatehouse-contract-"));
  dirs.push(dir);
  return openLowdbStore(dir);
});
