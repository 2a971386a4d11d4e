import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestClock } from "../../../test/harness.ts";
import { seedDemo } from "../../seed.ts";
import type { Store } from "../types.ts";
import { openLowdbStore } from "./open-lowdb-store.ts";

/**
 * L59: ids come from requests (`/logos/:id`, `client_id=…`), and a JavaScript object answers some
 * names by itself. The lowdb engine must find no record under them, before and after a restart.
 */

const PROTOTYPE_NAMES = [
  "toString",
  "constructor",
  "__proto__",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
];

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function open(dir: string): Promise<Store> {
  const store = await openLowdbStore(dir);
  stores.push(store);
  return store;
}

async function expectNothingUnder(store: Store, name: string) {
  expect(await store.portals.get(name)).toBeNull();
  expect(await store.users.get(name)).toBeNull();
  expect(await store.users.findByEmail(name)).toBeNull();
  expect(await store.clients.get(name)).toBeNull();
  expect(await store.sessions.get(name)).toBeNull();
  expect(await store.interactions.get(name)).toBeNull();
  expect(await store.codes.get(name)).toBeNull();
  expect(await store.grants.get(name)).toBeNull();
  expect(await store.grants.find(name, name, name)).toBeNull();
  expect(await store.tokens.getFamily(name)).toBeNull();
  expect(await store.tokens.getRefreshToken(name)).toBeNull();
  expect(await store.tokens.getAccessToken(name)).toBeNull();
  // A hit under the name finds no earlier attempts: only its own.
  expect(await store.throttle.hit(name, 1, 0)).toEqual([1]);
  await store.throttle.reset(name);
}

describe("L59 the lowdb engine and keys named after Object.prototype's members", () => {
  it.each(PROTOTYPE_NAMES)(
    "L59 finds no record under %s, in a fresh store and after a restart",
    async (name) => {
      const dir = await mkdtemp(path.join(tmpdir(), "gatehouse-proto-"));
      dirs.push(dir);
      const first = await open(dir);
      await seedDemo(first, createTestClock());
      await expectNothingUnder(first, name);
      await first.close();
      stores.splice(stores.indexOf(first), 1);
      await expectNothingUnder(await open(dir), name);
    },
  );

  it("L59 counts throttle failures under a key named __proto__ like any other key", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "gatehouse-proto-"));
    dirs.push(dir);
    const store = await open(dir);
    await store.throttle.hit("__proto__", 100, 0);
    expect(await store.throttle.hit("__proto__", 101, 0)).toEqual([100, 101]);
    expect(await store.throttle.hit("constructor", 102, 0)).toEqual([102]);
    // Had "__proto__" re-pointed the table's prototype at the array, "length" would be found.
    expect(await store.throttle.hit("length", 103, 0)).toEqual([103]);
  });
});
