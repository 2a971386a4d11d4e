import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { auditPageSchema } from "@gatehouse/shared/schemas/audit";
import { afterEach, describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO } from "../../test/fixtures.ts";
import { lineLogger, startTestServer, type TestServer } from "../../test/harness.ts";
import { openLowdbStore } from "../store/lowdb/open-lowdb-store.ts";
import type { Store } from "../store/types.ts";

let server: TestServer;
afterEach(async () => {
  await server.close({ remove: true });
});

const CAROL = { email: DEMO.users[2].email, password: DEMO.users[2].password };

/** `n` failed sign-ins of bob, each its own event on acme. */
async function failBob(n: number) {
  for (let i = 0; i < n; i += 1) await signIn(new TestBrowser(server.url), BOB.email, `wrong ${i}`);
}

describe("GET /api/audit (docs/api.md#audit)", () => {
  it("answers 401 without a session and 403 to a member who is neither owner nor admin", async () => {
    server = await startTestServer();
    await expectError(await new TestBrowser(server.url).json("/api/audit", "GET"), 401, "unauthenticated");
    const bob = await signedInBrowser(server, BOB);
    await expectError(await bob.json("/api/audit", "GET"), 403, "forbidden");
  });

  it("N74 shows an owner her portal's events only, never another portal's", async () => {
    server = await startTestServer();
    await failBob(1);
    const carol = await signedInBrowser(server, CAROL);
    const globex = await auditEvents(server, carol);
    expect(globex.every((event) => event.portal_id === "globex")).toBe(true);
    expect(globex.some((event) => event.person?.email === BOB.email)).toBe(false);
    const alice = await signedInBrowser(server, ALICE, "acme");
    const acme = await auditEvents(server, alice);
    expect(acme.some((event) => event.person?.email === BOB.email)).toBe(true);
    expect(acme.some((event) => event.person?.email === CAROL.email)).toBe(false);
  });

  it("filters by person (email or user id) and event, newest first", async () => {
    server = await startTestServer();
    await failBob(2);
    const alice = await signedInBrowser(server, ALICE, "acme");
    const byEmail = await auditEvents(server, alice, { person: "BOB@example.com" });
    expect(byEmail.map((event) => event.event)).toEqual(["sign_in.failed", "sign_in.failed"]);
    expect(await auditEvents(server, alice, { person: BOB.id })).toEqual(byEmail);
    const successes = await auditEvents(server, alice, { event: "sign_in.succeeded" });
    expect(successes.map((event) => event.person?.email)).toEqual([ALICE.email]);
    // An empty parameter is an absent one, as the page's form sends it.
    expect(await auditEvents(server, alice, { person: "", event: "", before: "" })).toHaveLength(3);
    const times = byEmail.map((event) => event.id);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("pages by next_before until it is null, and takes an instant as before", async () => {
    server = await startTestServer();
    await failBob(3);
    server.clock.advance(60);
    await failBob(2);
    const alice = await signedInBrowser(server, ALICE, "acme");
    await server.audit.flush();
    const seen: string[] = [];
    let before: string | null = "";
    for (let page = 0; before !== null && page < 10; page += 1) {
      const response = await alice.json(`/api/audit?person=${BOB.id}&limit=2&before=${before}`, "GET");
      const body = auditPageSchema.parse(await response.json());
      seen.push(...body.events.map((event) => event.id));
      before = body.next_before;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const earlier = new Date(server.clock() - 30_000).toISOString();
    expect(await auditEvents(server, alice, { person: BOB.id, before: earlier })).toHaveLength(3);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["event=sign_in.maybe", "event"],
    ["before=yesterday", "before"],
    ["limit=1&limit=2", "limit"],
  ])("answers 400 invalid_request to %s", async (query) => {
    server = await startTestServer();
    const alice = await signedInBrowser(server, ALICE, "acme");
    await expectError(await alice.json(`/api/audit?${query}`, "GET"), 400, "invalid_request");
  });

  it("stores the address the proxy forwards when TRUST_PROXY=1, and writes one audit line per event", async () => {
    const lines: string[] = [];
    server = await startTestServer({ env: { TRUST_PROXY: "1" }, logger: lineLogger(lines) });
    const browser = new TestBrowser(server.url);
    const response = await browser.fetch("/api/session", {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json", "x-forwarded-for": "198.51.100.23" },
      body: JSON.stringify({ email: BOB.email, password: "wrong" }),
    });
    expect(response.status).toBe(401);
    const alice = await signedInBrowser(server, ALICE, "acme");
    const [failed] = await auditEvents(server, alice, { event: "sign_in.failed" });
    expect(failed?.address).toBe("198.51.100.23");
    const auditLines = lines.filter((line) => JSON.parse(line).msg === "audit");
    expect(auditLines.map((line) => JSON.parse(line).audit.event)).toEqual([
      "sign_in.failed",
      "sign_in.succeeded",
    ]);
  });

  it("answers the action all the same when the audit store fails, and logs the lost events", async () => {
    const lines: string[] = [];
    const dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-test-"));
    const real = await openLowdbStore(dataDir);
    const failing: Store = {
      ...real,
      audit: {
        ...real.audit,
        insert: async () => {
          throw new Error("the audit table is away");
        },
      },
    };
    server = await startTestServer({ dataDir, store: failing, logger: lineLogger(lines, "error") });
    const bob = await signedInBrowser(server, BOB);
    expect((await bob.json("/api/session", "DELETE")).status).toBe(204);
    await server.audit.flush();
    expect(lines.some((line) => JSON.parse(line).msg === "audit events could not be stored")).toBe(true);
  });
});
