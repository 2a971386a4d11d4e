import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pruneExpired } from "../../src/domain/prune.ts";
import type { AuditEventRecord, Store } from "../../src/store/types.ts";
import { NOW } from "./records.ts";

/** An event at `time` (ms), with an id that sorts as its time does, as the recorder makes them. */
export const auditEvent = (overrides: Partial<AuditEventRecord> = {}): AuditEventRecord => {
  const time = overrides.time ?? NOW * 1000;
  return {
    id: `${String(time).padStart(15, "0")}${randomBytes(8).toString("hex")}`,
    time,
    portal_ids: ["acme"],
    event: "sign_in.succeeded",
    user_id: "u-ann",
    email: "ann@example.com",
    address: "203.0.113.7",
    user_agent: "Contract/1.0",
    details: { nested: { list: [1, "two"] } },
    ...overrides,
  };
};

/** The contract of `store.audit` (see `describeStoreContract`). */
export function describeAuditContract(openFreshStore: () => Promise<Store>): void {
  describe("audit", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const at = (seconds: number, overrides: Partial<AuditEventRecord> = {}) =>
      auditEvent({ time: (NOW + seconds) * 1000, ...overrides });
    const ids = (events: AuditEventRecord[]) => events.map((event) => event.id);

    it("answers a batch of stored events as they were stored, newest first", async () => {
      const events = [at(1), at(3), at(2)];
      await store.audit.insert(events);
      await store.audit.insert([]);
      expect(await store.audit.list({ limit: 10 })).toEqual([events[1], events[2], events[0]]);
    });

    it("selects by portal, by the events of no portal, by person (id or email) and by event name", async () => {
      const acme = at(1, { portal_ids: ["acme", "globex"] });
      const globex = at(2, { portal_ids: ["globex"], user_id: "u-bob", email: "bob@example.com" });
      const none = at(3, { portal_ids: [], user_id: null, email: null, event: "sign_in.failed" });
      await store.audit.insert([acme, globex, none]);
      expect(ids(await store.audit.list({ portalId: "acme", limit: 10 }))).toEqual([acme.id]);
      expect(ids(await store.audit.list({ portalId: "globex", limit: 10 }))).toEqual([globex.id, acme.id]);
      expect(ids(await store.audit.list({ portalId: null, limit: 10 }))).toEqual([none.id]);
      expect(ids(await store.audit.list({ person: "u-bob", limit: 10 }))).toEqual([globex.id]);
      expect(ids(await store.audit.list({ person: "ann@example.com", limit: 10 }))).toEqual([acme.id]);
      expect(ids(await store.audit.list({ event: "sign_in.failed", limit: 10 }))).toEqual([none.id]);
      expect(await store.audit.list({ portalId: "initech", limit: 10 })).toEqual([]);
    });

    it("pages by the id before which to start, and from a time on", async () => {
      const events = Array.from({ length: 5 }, (_, i) => at(i));
      await store.audit.insert(events);
      const first = await store.audit.list({ limit: 2 });
      expect(ids(first)).toEqual([events[4]?.id, events[3]?.id]);
      const second = await store.audit.list({ limit: 2, before: first[1]?.id });
      expect(ids(second)).toEqual([events[2]?.id, events[1]?.id]);
      expect(ids(await store.audit.list({ limit: 10, since: (NOW + 3) * 1000 }))).toEqual([
        events[4]?.id,
        events[3]?.id,
      ]);
    });

    it("N67 prunes the events older than the retention, on the pruning schedule, and keeps the rest", async () => {
      const retention = 90 * 24 * 60 * 60;
      const old = at(-retention - 1);
      const kept = at(-retention + 1);
      await store.audit.insert([old, kept]);
      const pruned = await pruneExpired({
        store,
        clock: () => NOW * 1000,
        config: { accessTokenTtl: 3600, auditRetention: retention },
      });
      expect(pruned.audit).toBe(1);
      expect(ids(await store.audit.list({ limit: 10 }))).toEqual([kept.id]);
      expect(await store.audit.prune((NOW - retention) * 1000)).toBe(0);
    });
  });
}
