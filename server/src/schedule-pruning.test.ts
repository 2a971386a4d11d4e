import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestClock } from "../test/harness.ts";
import { interaction } from "../test/store-contract/records.ts";
import { schedulePruning } from "./schedule-pruning.ts";
import { openLowdbStore } from "./store/lowdb/open-lowdb-store.ts";
import type { Store } from "./store/types.ts";

describe("the pruning schedule (N67)", () => {
  let dataDir: string;
  let store: Store;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-prune-"));
    store = await openLowdbStore(dataDir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("N67 prunes again and again by the clock passed in, and not after it is stopped", async () => {
    const clock = createTestClock(2_000_000_000_000);
    const now = () => Math.floor(clock() / 1000);
    const options = {
      store,
      clock,
      config: { accessTokenTtl: 3600, auditRetention: 7_776_000 },
      logger: pino({ level: "silent" }),
    };
    const pruning = schedulePruning({ ...options, everyMs: 20 });
    const first = interaction({ created_at: now(), expires_at: now() + 60 });
    await store.interactions.insert(first);
    await sleep(100);
    expect(await store.interactions.get(first.id)).toEqual(first); // still live by the clock passed in
    clock.advance(60);
    await vi.waitFor(async () => expect(await store.interactions.get(first.id)).toBeNull());

    const second = interaction({ created_at: now(), expires_at: now() + 60 });
    await store.interactions.insert(second);
    clock.advance(60);
    await vi.waitFor(async () => expect(await store.interactions.get(second.id)).toBeNull());

    await pruning.stop();
    const third = interaction({ created_at: now(), expires_at: now() });
    await store.interactions.insert(third);
    await sleep(100);
    expect(await store.interactions.get(third.id)).toEqual(third);
  });

  it("N67 logs a failed prune and tries again at the next turn", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
    let calls = 0;
    const failing: Store["interactions"] = {
      ...store.interactions,
      prune: async (now) => {
        calls += 1;
        if (calls === 1) throw new Error("the database is away");
        return store.interactions.prune(now);
      },
    };
    const pruning = schedulePruning({
      store: { ...store, interactions: failing },
      clock: Date.now,
      config: { accessTokenTtl: 3600, auditRetention: 7_776_000 },
      logger,
      everyMs: 20,
    });
    await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(2));
    await pruning.stop();
    expect(lines.some((line) => line.includes("pruning the store failed"))).toBe(true);
  });
});
