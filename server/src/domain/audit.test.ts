import { describe, expect, it } from "vitest";
import { lineLogger } from "../../test/harness.ts";
import type { AuditEventRecord, AuditRepository } from "../store/types.ts";
import { type AuditEntry, auditSource, createAuditLog } from "./audit.ts";

const entry: AuditEntry = {
  event: "signed_out",
  portal_ids: ["acme"],
  person: { user_id: "u-ann", email: "ann@example.com" },
  source: { address: "203.0.113.7", user_agent: "Test/1.0" },
};

/** An audit repository whose writes wait until `release` is called, recording each batch. */
function slowRepository() {
  const batches: AuditEventRecord[][] = [];
  let release: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const audit: AuditRepository = {
    insert: async (events) => {
      await gate;
      batches.push([...events]);
    },
    list: async () => [],
    prune: async () => 0,
  };
  return {
    audit,
    batches,
    release: () => {
      release();
      gate = Promise.resolve();
    },
  };
}

describe("createAuditLog (docs/operations.md#audit-log)", () => {
  it("answers at once while the store is slow, then stores what queued up in one batch, in order", async () => {
    const repository = slowRepository();
    const log = createAuditLog({ store: repository, clock: () => 1_000, logger: lineLogger([]) });
    log.record(entry);
    log.record({ ...entry, event: "sign_in.succeeded" });
    log.record({ ...entry, event: "consent.granted" });
    expect(repository.batches).toEqual([]);
    repository.release();
    await log.flush();
    expect(repository.batches.map((batch) => batch.map((event) => event.event))).toEqual([
      ["signed_out"],
      ["sign_in.succeeded", "consent.granted"],
    ]);
    const ids = repository.batches.flat().map((event) => event.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it("drops what is beyond the queue's bound with an error line, and keeps the rest", async () => {
    const lines: string[] = [];
    const repository = slowRepository();
    const log = createAuditLog({
      store: repository,
      clock: () => 1_000,
      logger: lineLogger(lines),
      queueLimit: 2,
    });
    for (let i = 0; i < 5; i += 1) log.record(entry);
    repository.release();
    await log.flush();
    // The first went to the store at once; two waited; two found the queue full.
    expect(repository.batches.flat()).toHaveLength(3);
    expect(
      lines.filter((line) => JSON.parse(line).msg === "audit queue full: event not stored"),
    ).toHaveLength(2);
    expect(lines.filter((line) => JSON.parse(line).msg === "audit")).toHaveLength(5);
  });

  it("when disabled, neither stores nor logs, but still tells the observer", async () => {
    const lines: string[] = [];
    const observed: string[] = [];
    const repository = slowRepository();
    repository.release();
    const log = createAuditLog({
      store: repository,
      clock: () => 1_000,
      logger: lineLogger(lines),
      enabled: false,
      observe: ({ event }) => observed.push(event),
    });
    log.record(entry);
    await log.flush();
    expect(repository.batches).toEqual([]);
    expect(lines).toEqual([]);
    expect(observed).toEqual(["signed_out"]);
  });

  it("writes IPv4-mapped addresses as IPv4 and bounds the user agent", () => {
    expect(auditSource("::ffff:192.0.2.1", "x".repeat(600))).toEqual({
      address: "192.0.2.1",
      user_agent: "x".repeat(512),
    });
    expect(auditSource(undefined, undefined)).toEqual({ address: null, user_agent: null });
    expect(auditSource("2001:db8::1", "UA").address).toBe("2001:db8::1");
  });
});
