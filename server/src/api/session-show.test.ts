import { errorBodySchema, sessionAnswerSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { getOk } from "../../test/answers.ts";
import { signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, useTestServer } from "../../test/harness.ts";

const server = useTestServer();

const PORTALS = [
  { id: "acme", name: "Acme" },
  { id: "globex", name: "Globex" },
];

const ALICE_NAMED = { email: "alice@example.com", display_name: "Alice Example", id: ALICE.id };
const BOB_NAMED = { email: "bob@example.com", display_name: "Bob Example", id: BOB.id };

/** The session answer for a person, alone in the browser, on `portal` (null: none chosen yet) with `role` there. */
const answerFor = (
  { id, ...person }: { email: string; display_name: string; id: string },
  portal: { id: string; name: string } | null,
  role: string | null,
  portals: { id: string; name: string }[],
) => ({
  user: { ...person, portal, role },
  portals,
  accounts: [{ user_id: id, ...person, portals, active: true }],
});

const showSession = (browser: TestBrowser) =>
  getOk(browser, "/api/session", sessionAnswerSchema, { noStore: true });

describe("GET /api/session", () => {
  it("answers 401 unauthenticated without a session", async () => {
    const response = await new TestBrowser(server.url).json("/api/session", "GET");
    expect(response.status).toBe(401);
    expect(errorBodySchema.parse(await response.json()).error).toBe("unauthenticated");
  });

  it("answers 401 for a session cookie it never issued", async () => {
    const browser = new TestBrowser(server.url);
    browser.cookies.set("gatehouse_session", "x".repeat(43));
    expect((await browser.json("/api/session", "GET")).status).toBe(401);
  });

  it("answers 200 with alice and her portals, none chosen yet, right after sign-in", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "alice@example.com", "Alice-Pa55!");
    expect(await showSession(browser)).toEqual(answerFor(ALICE_NAMED, null, null, PORTALS));
  });

  it("shows the portal she chose", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "alice@example.com", "Alice-Pa55!");
    await browser.json("/api/session/portal", "POST", { portal_id: "globex" });
    expect(await showSession(browser)).toEqual(answerFor(ALICE_NAMED, PORTALS[1] ?? null, "user", PORTALS));
  });

  it("answers bob with his one portal, chosen for him", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const acme = { id: "acme", name: "Acme" };
    expect(await showSession(browser)).toEqual(answerFor(BOB_NAMED, acme, "user", [acme]));
  });

  it("answers 401 once the person signed out", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const session = browser.cookies.get("gatehouse_session") ?? "";
    expect((await browser.json("/api/session", "DELETE")).status).toBe(204);
    const replay = new TestBrowser(server.url);
    replay.cookies.set("gatehouse_session", session);
    expect((await replay.json("/api/session", "GET")).status).toBe(401);
  });
});
