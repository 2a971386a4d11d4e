import { accountSchema, accountSessionsSchema } from "@gatehouse/shared/schemas/account";
import { describe, expect, it } from "vitest";
import { expectEachRefused, expectEachUnauthenticated, expectError, getOk } from "../../test/answers.ts";
import { signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";

const server = useTestServer();

const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** Bob signed in from a browser that names itself `userAgent`. */
async function bobIn(userAgent: string): Promise<TestBrowser> {
  const browser = new TestBrowser(server.url);
  const response = await browser.fetch("/api/session", {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url, "user-agent": userAgent },
    body: JSON.stringify({ email: BOB.email, password: BOB.password }),
  });
  expect(response.status).toBe(200);
  return browser;
}

const sessionsOf = (browser: TestBrowser) => getOk(browser, "/api/account/sessions", accountSessionsSchema);

describe("GET and PATCH /api/account (docs/api.md#your-account)", () => {
  it("shows the signed-in person's account and changes their display name", async () => {
    const bob = await signedInBrowser(server, BOB);
    expect(accountSchema.parse(await (await bob.json("/api/account", "GET")).json())).toEqual({
      user_id: BOB.id,
      email: BOB.email,
      display_name: "Bob Example",
    });
    const response = await bob.json("/api/account", "PATCH", { display_name: "  Robert  " });
    expect(response.status).toBe(200);
    expect(accountSchema.parse(await response.json()).display_name).toBe("Robert");
    expect((await server.store.users.get(BOB.id))?.display_name).toBe("Robert");
  });

  it("answers 400 invalid_request for an empty or control-character name, 401 without a session", async () => {
    const bob = await signedInBrowser(server, BOB);
    await expectEachRefused(
      bob,
      ["PATCH", "/api/account"],
      [{ display_name: "  " }, { display_name: "a\u0007b" }],
      [400, "invalid_request"],
    );
    await expectEachUnauthenticated(new TestBrowser(server.url), [
      ["GET", "/api/account"],
      ["PATCH", "/api/account", { display_name: "X" }],
    ]);
  });
});

describe("POST /api/account/password", () => {
  it("answers 204, and ends the person's other sessions but not this one", async () => {
    const [here, there] = [await signedInBrowser(server, BOB), await signedInBrowser(server, BOB)];
    const response = await here.json("/api/account/password", "POST", {
      current_password: BOB.password,
      new_password: GOOD_PASSWORD,
    });
    expect(response.status).toBe(204);
    expect((await here.json("/api/session", "GET")).status).toBe(200);
    expect((await there.json("/api/session", "GET")).status).toBe(401);
    expect((await signIn(new TestBrowser(server.url), BOB.email, GOOD_PASSWORD)).status).toBe(200);
  });

  it("answers 401 invalid_credentials for a wrong current password, and throttles it as sign-in does", async () => {
    const bob = await signedInBrowser(server, BOB);
    const wrong = () =>
      bob.json("/api/account/password", "POST", {
        current_password: "Not-Bob-Pa55",
        new_password: GOOD_PASSWORD,
      });
    await expectError(await wrong(), 401, "invalid_credentials");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await wrong()).status);
    expect(statuses).toContain(429);
  });

  it("answers 400 weak_password with the reason", async () => {
    const bob = await signedInBrowser(server, BOB);
    const response = await bob.json("/api/account/password", "POST", {
      current_password: BOB.password,
      new_password: "password",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "weak_password",
      error_description: "Use at least 10 characters",
    });
  });

  it("answers 401 unauthenticated without a session", async () => {
    const body = { current_password: BOB.password, new_password: GOOD_PASSWORD };
    await expectError(
      await new TestBrowser(server.url).json("/api/account/password", "POST", body),
      401,
      "unauthenticated",
    );
  });
});

describe("/api/account/sessions", () => {
  it("lists the person's sessions with browser, OS, address, times, and which is this one", async () => {
    const firefox = await bobIn(FIREFOX_WINDOWS);
    server.clock.advance(5);
    await bobIn(SAFARI_IPHONE);
    const listed = await sessionsOf(firefox);
    expect(listed).toHaveLength(2);
    expect(listed.map(({ browser, os, address, current }) => ({ browser, os, address, current }))).toEqual([
      { browser: "Safari 17", os: "iOS 17.5", address: "127.0.0.1", current: false },
      { browser: "Firefox 133", os: "Windows 10", address: "127.0.0.1", current: true },
    ]);
    expect(Date.parse(listed[1]?.signed_in_at ?? "")).toBeLessThan(Date.parse(listed[0]?.signed_in_at ?? ""));
  });

  it("signs one session out with 204; another person's session is 404", async () => {
    const firefox = await bobIn(FIREFOX_WINDOWS);
    const safari = await bobIn(SAFARI_IPHONE);
    const alice = await signedInBrowser(server, ALICE);
    const [aliceSession] = await sessionsOf(alice);
    await expectError(
      await firefox.json(`/api/account/sessions/${aliceSession?.id}`, "DELETE"),
      404,
      "not_found",
    );
    const other = (await sessionsOf(firefox)).find((session) => !session.current);
    expect((await firefox.json(`/api/account/sessions/${other?.id}`, "DELETE")).status).toBe(204);
    expect((await safari.json("/api/session", "GET")).status).toBe(401);
    expect((await alice.json("/api/session", "GET")).status).toBe(200);
    await expectError(await firefox.json(`/api/account/sessions/${other?.id}`, "DELETE"), 404, "not_found");
  });

  it("signs every other session out with 204", async () => {
    const here = await bobIn(FIREFOX_WINDOWS);
    const others = [await bobIn(SAFARI_IPHONE), await bobIn(SAFARI_IPHONE)];
    expect((await here.json("/api/account/sessions", "DELETE")).status).toBe(204);
    expect((await sessionsOf(here)).map((session) => session.current)).toEqual([true]);
    for (const other of others) expect((await other.json("/api/session", "GET")).status).toBe(401);
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectEachUnauthenticated(new TestBrowser(server.url), [
      ["GET", "/api/account/sessions"],
      ["DELETE", "/api/account/sessions"],
      ["DELETE", "/api/account/sessions/abc"],
    ]);
  });
});
