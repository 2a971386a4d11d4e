import { sessionAnswerSchema, userAnswerSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { expectEachRefused, expectError } from "../../test/answers.ts";
import { signIn, startInteraction, TestBrowser } from "../../test/browser.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl } from "../../test/oauth-app.ts";

/** Longer than any back-off before the lock (2^4 s), so ten failures 30 s apart stay within 15 minutes. */
const BACK_OFF_PASSED = 30;

const server = useTestServer();

const SESSION_COOKIE = "gatehouse_session";

/** Where an interaction stands for this browser: a cookie that signs in moves it past login. */
async function interactionStep(browser: TestBrowser): Promise<string> {
  const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  const { step } = (await response.json()) as { step: string };
  return step;
}

/** `count` sign-ins refused with 401 invalid_credentials, each after the back-off of the one before (J51). */
async function failSignIns(browser: TestBrowser, count: number, attempt: (i: number) => [string, string]) {
  for (let i = 0; i < count; i += 1) {
    const [email, password] = attempt(i);
    await expectError(await signIn(browser, email, password), 401, "invalid_credentials");
    server.clock.advance(BACK_OFF_PASSED);
  }
}

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";

/** `POST /api/session` with a raw `body` of `contentType`, from `origin` (docs/security.md#csrf-and-origin). */
const postSession = (contentType: string, body: string, origin = server.url) =>
  fetch(`${server.url}/api/session`, {
    method: "POST",
    headers: { "content-type": contentType, origin },
    body,
  });

describe("POST /api/session", () => {
  it("signs alice in: 200 with her user and both portals, no portal chosen yet", async () => {
    const browser = new TestBrowser(server.url);
    const response = await signIn(browser, "alice@example.com", "Alice-Pa55!");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(sessionAnswerSchema.parse(await response.json())).toEqual({
      user: { email: "alice@example.com", display_name: "Alice Example", portal: null, role: null },
      portals: [
        { id: "acme", name: "Acme" },
        { id: "globex", name: "Globex" },
      ],
    });
  });

  it("signs bob in with his only portal chosen", async () => {
    const response = await signIn(new TestBrowser(server.url), "bob@example.com", "Bob-Pa55!");
    expect(response.status).toBe(200);
    expect(sessionAnswerSchema.parse(await response.json()).user.portal).toEqual({
      id: "acme",
      name: "Acme",
    });
  });

  it("sets a session cookie that is HttpOnly and SameSite=Lax, and not readable as the stored id", async () => {
    const response = await signIn(new TestBrowser(server.url), "bob@example.com", "Bob-Pa55!");
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/^gatehouse_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).toMatch(/;\s*Max-Age=\d+/i);
  });

  it("B10 sets a new session cookie on every sign-in, and the one it replaces stops working", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const first = browser.cookies.get(SESSION_COOKIE);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const second = browser.cookies.get(SESSION_COOKIE);
    expect(first).toEqual(expect.any(String));
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);

    const replay = new TestBrowser(server.url);
    replay.cookies.set(SESSION_COOKIE, first ?? "");
    expect(await interactionStep(replay)).toBe("login");
  });

  it("B10 never adopts a session id the browser brought (no fixation)", async () => {
    const browser = new TestBrowser(server.url);
    browser.cookies.set(SESSION_COOKIE, "attacker-chosen-session-id-aaaaaaaaaaaaaaaaaa");
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    expect(browser.cookies.get(SESSION_COOKIE)).not.toBe("attacker-chosen-session-id-aaaaaaaaaaaaaaaaaa");
    const attacker = new TestBrowser(server.url);
    attacker.cookies.set(SESSION_COOKIE, "attacker-chosen-session-id-aaaaaaaaaaaaaaaaaa");
    expect(await interactionStep(attacker)).toBe("login");
  });

  it("J52 answers 401 invalid_credentials alike for a wrong password and an unknown email", async () => {
    const wrongPassword = await signIn(new TestBrowser(server.url), "alice@example.com", "Bob-Pa55!");
    const unknownEmail = await signIn(new TestBrowser(server.url), "carol@example.com", "Alice-Pa55!");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const wrongBody = await wrongPassword.text();
    expect(wrongBody).toBe(JSON.stringify({ error: "invalid_credentials" }));
    expect(await unknownEmail.text()).toBe(wrongBody);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
    expect(unknownEmail.headers.getSetCookie()).toEqual([]);
  });

  it("signs in whatever the case of the email, and around spaces", async () => {
    const response = await signIn(new TestBrowser(server.url), "  Alice@EXAMPLE.com ", "Alice-Pa55!");
    expect(response.status).toBe(200);
    expect(sessionAnswerSchema.parse(await response.json()).user.email).toBe("alice@example.com");
  });

  it("does not fold the case of the password", async () => {
    await expectError(
      await signIn(new TestBrowser(server.url), "alice@example.com", "ALICE-PA55!"),
      401,
      "invalid_credentials",
    );
  });

  it("J51 slows repeated failures down: after 5 each next attempt waits twice as long", async () => {
    const browser = new TestBrowser(server.url);
    for (let i = 0; i < 5; i += 1) {
      await expectError(await signIn(browser, "alice@example.com", `wrong-${i}`), 401, "invalid_credentials");
    }
    const slowed = await signIn(browser, "alice@example.com", "Alice-Pa55!");
    await expectError(slowed, 429, "too_many_requests");
    expect(slowed.headers.get("retry-after")).toBe("1");
    server.clock.advance(1);
    await expectError(await signIn(browser, "alice@example.com", "wrong-5"), 401, "invalid_credentials");
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).headers.get("retry-after")).toBe("2");
  });

  it("J51 answers 429 with Retry-After after 10 failures for one email, refusing even the right password", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 10, (i) => ["alice@example.com", `wrong-${i}`]);
    const locked = await signIn(browser, "alice@example.com", "Alice-Pa55!");
    await expectError(locked, 429, "too_many_requests");
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.headers.getSetCookie()).toEqual([]);
  });

  it("J51 counts case variants of the email as the same email", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 10, (i) => [
      i % 2 === 0 ? "ALICE@example.com" : "alice@Example.COM",
      `wrong-${i}`,
    ]);
    await expectError(await signIn(browser, "alice@example.com", "Alice-Pa55!"), 429, "too_many_requests");
  });

  it("J51 throttles an unknown email the same way", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 10, () => ["carol@example.com", "x"]);
    await expectError(await signIn(browser, "carol@example.com", "x"), 429, "too_many_requests");
  });

  it("J54 throttles only that email: another one still signs in", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 10, () => ["alice@example.com", "wrong"]);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(429);
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
  });

  it("lets the email try again once the 15-minute window has passed", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 10, () => ["alice@example.com", "wrong"]);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(429);
    server.clock.advance(15 * 60);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const browser = new TestBrowser(server.url);
    await failSignIns(browser, 9, () => ["alice@example.com", "wrong"]);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
    await failSignIns(browser, 9, () => ["alice@example.com", "wrong"]);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
  });

  it.each([
    ["a missing password", { email: "alice@example.com" }],
    ["an empty password", { email: "alice@example.com", password: "" }],
    ["a missing email", { password: "Alice-Pa55!" }],
    ["an email that is not one", { email: "alice", password: "Alice-Pa55!" }],
    ["a password that is not a string", { email: "alice@example.com", password: ["Alice-Pa55!"] }],
    ["an array body", [{ email: "alice@example.com", password: "Alice-Pa55!" }]],
  ])("answers 400 invalid_request for %s", async (_case, body) => {
    const browser = new TestBrowser(server.url);
    await expectError(await browser.json("/api/session", "POST", body), 400, "invalid_request");
  });

  it("L61 answers 400 invalid_request for a body that is not valid JSON", async () => {
    const response = await postSession(JSON_TYPE, '{"email": "alice@example.com", ');
    await expectError(response, 400, "invalid_request");
  });

  it("answers 415 for a form body", async () => {
    const response = await postSession(FORM_TYPE, "email=alice%40example.com&password=Alice-Pa55!");
    await expectError(response, 415, "unsupported_media_type");
  });

  it("B11 I49 refuses a foreign Origin with 403, setting no cookie and granting no CORS", async () => {
    const response = await postSession(
      JSON_TYPE,
      JSON.stringify({ email: "alice@example.com", password: "Alice-Pa55!" }),
      "https://evil.example",
    );
    await expectError(response, 403, "forbidden");
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("L57 answers 413 for a body over the limit, and keeps serving", async () => {
    const response = await postSession(
      JSON_TYPE,
      JSON.stringify({ email: "alice@example.com", password: "x".repeat(600 * 1024) }),
    );
    await expectError(response, 413, "payload_too_large");
    expect((await signIn(new TestBrowser(server.url), "bob@example.com", "Bob-Pa55!")).status).toBe(200);
  });
});

describe("POST /api/session/portal", () => {
  it("chooses one of the person's portals for the session", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "alice@example.com", "Alice-Pa55!");
    const response = await browser.json("/api/session/portal", "POST", { portal_id: "globex" });
    expect(response.status).toBe(200);
    expect(userAnswerSchema.parse(await response.json())).toEqual({
      user: {
        email: "alice@example.com",
        display_name: "Alice Example",
        portal: { id: "globex", name: "Globex" },
        role: "user",
      },
    });
  });

  it("refuses a portal that is not the person's with 400 invalid_request", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    await expectEachRefused(
      browser,
      ["POST", "/api/session/portal"],
      [{ portal_id: "globex" }, { portal_id: "initech" }],
      [400, "invalid_request"],
    );
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectError(
      await new TestBrowser(server.url).json("/api/session/portal", "POST", { portal_id: "acme" }),
      401,
      "unauthenticated",
    );
  });

  it("answers 400 invalid_request without a portal_id", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "alice@example.com", "Alice-Pa55!");
    await expectError(await browser.json("/api/session/portal", "POST", {}), 400, "invalid_request");
  });
});

describe("DELETE /api/session", () => {
  it("B16 answers 204, clears the cookie, and the old cookie no longer signs in", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const old = browser.cookies.get(SESSION_COOKIE) ?? "";
    expect(await interactionStep(browser)).toBe("consent");

    const response = await browser.json("/api/session", "DELETE");
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cleared).toMatch(/;\s*Max-Age=0/i);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);

    const replay = new TestBrowser(server.url);
    replay.cookies.set(SESSION_COOKIE, old);
    expect(await interactionStep(replay)).toBe("login");
    await expectError(
      await replay.json("/api/session/portal", "POST", { portal_id: "acme" }),
      401,
      "unauthenticated",
    );
  });

  it("answers 204 without a session too", async () => {
    expect((await new TestBrowser(server.url).json("/api/session", "DELETE")).status).toBe(204);
  });

  it("refuses a foreign Origin with 403 and keeps the session", async () => {
    const browser = new TestBrowser(server.url);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    const response = await browser.fetch("/api/session", {
      method: "DELETE",
      headers: { origin: "https://evil.example" },
    });
    await expectError(response, 403, "forbidden");
    expect(await interactionStep(browser)).toBe("consent");
  });
});
