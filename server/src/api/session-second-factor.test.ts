import { sessionAnswerSchema } from "@gatehouse/shared";
import { secondFactorNeededSchema } from "@gatehouse/shared/schemas/second-factors";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, startInteraction, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl } from "../../test/oauth-app.ts";
import {
  codeAt,
  NEXT_STEP,
  passPassword,
  passSecondFactor,
  personWithTotp,
} from "../../test/second-factors.ts";

const server = useTestServer();

const PENDING_COOKIE = "gatehouse_pending_sign_in";
const SESSION_COOKIE = "gatehouse_session";

/** The step of a new interaction in `browser`. */
async function stepOf(browser: TestBrowser, params: { prompt?: string } = {}): Promise<string> {
  const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid", ...params }));
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  return ((await response.json()) as { step: string }).step;
}

describe("POST /api/session with a second factor", () => {
  it("answers the methods after a right password, sets only the pending cookie, and the interaction asks for the second factor", async () => {
    await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    expect(secondFactorNeededSchema.parse(await passPassword(browser, BOB))).toEqual({
      second_factor: ["totp", "recovery_code"],
    });
    expect(browser.cookies.has(PENDING_COOKIE)).toBe(true);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    await expectError(await browser.json("/api/session", "GET"), 401, "unauthenticated");
    expect(await stepOf(browser)).toBe("second_factor");
  });

  it("writes the pending cookie HttpOnly, SameSite=Lax, for 5 minutes", async () => {
    await personWithTotp(server, BOB);
    const response = await new TestBrowser(server.url).json("/api/session", "POST", BOB);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${PENDING_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=300/i);
  });

  it("keeps the browser's old session until the second factor is passed", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = await signedInBrowser(server, ALICE);
    await passPassword(browser, BOB);
    expect((await browser.json("/api/session", "GET")).status).toBe(200);
    const passed = await passSecondFactor(browser, "totp", codeAt(secret, server.clock()));
    expect(passed.status).toBe(200);
    expect(
      sessionAnswerSchema.parse(await (await browser.json("/api/session", "GET")).json()).user.email,
    ).toBe(BOB.email);
  });
});

describe("POST /api/session/second-factor", () => {
  it("N76 signs in with the app's current code: 200 { user, portals }, a session cookie, the pending one cleared, audited", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    await expectError(await passSecondFactor(browser, "totp", "000000"), 401, "invalid_code");
    const response = await passSecondFactor(browser, "totp", codeAt(secret, server.clock()));
    expect(response.status).toBe(200);
    expect(sessionAnswerSchema.parse(await response.json())).toMatchObject({
      user: { email: BOB.email, portal: { id: "acme" } },
    });
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(true);
    expect(browser.cookies.has(PENDING_COOKIE)).toBe(false);
    const events = await auditEvents(server, await signedInOwner(), { person: BOB.email });
    expect(events.map((event) => [event.event, event.details])).toEqual(
      expect.arrayContaining([
        ["second_factor.used", { method: "totp" }],
        ["sign_in.succeeded", { method: "password", second_factor: "totp" }],
        ["sign_in.failed", { method: "password", second_factor: "totp", reason: "invalid_code" }],
        ["second_factor.added", { method: "totp" }],
      ]),
    );
  });

  it("N76 accepts a code of the step before or after now (clock drift), not two steps away", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    await expectError(
      await passSecondFactor(browser, "totp", codeAt(secret, server.clock() + 60_000)),
      401,
      "invalid_code",
    );
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock() + 30_000))).status).toBe(
      200,
    );
  });

  it("N76 never accepts a code twice, nor a code of an earlier step than the last one used", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const code = codeAt(secret, server.clock());
    const first = new TestBrowser(server.url);
    await passPassword(first, BOB);
    expect((await passSecondFactor(first, "totp", code)).status).toBe(200);
    const second = new TestBrowser(server.url);
    await passPassword(second, BOB);
    await expectError(await passSecondFactor(second, "totp", code), 401, "invalid_code");
    await expectError(
      await passSecondFactor(second, "totp", codeAt(secret, server.clock() - 30_000)),
      401,
      "invalid_code",
    );
    server.clock.advance(NEXT_STEP);
    expect((await passSecondFactor(second, "totp", codeAt(secret, server.clock()))).status).toBe(200);
  });

  it("N76 signs in with a recovery code once (in any case, with or without its dash); the account then counts 9 left", async () => {
    const { recoveryCodes } = await personWithTotp(server, BOB);
    const [code = ""] = recoveryCodes;
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    expect(
      (await passSecondFactor(browser, "recovery_code", code.toUpperCase().replace("-", ""))).status,
    ).toBe(200);
    const again = new TestBrowser(server.url);
    await passPassword(again, BOB);
    await expectError(await passSecondFactor(again, "recovery_code", code), 401, "invalid_code");
    const view = await (await browser.json("/api/account/second-factors", "GET")).json();
    expect(view).toMatchObject({ recovery_codes_remaining: 9 });
  });

  it("answers 401 unauthenticated without a live pending sign-in, and 400 for a malformed code", async () => {
    await personWithTotp(server, BOB);
    const none = new TestBrowser(server.url);
    await expectError(await passSecondFactor(none, "totp", "123456"), 401, "unauthenticated");
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    await expectError(await passSecondFactor(browser, "totp", "12345"), 400, "invalid_request");
    await expectError(
      await browser.json("/api/session/second-factor", "POST", { method: "sms", code: "1" }),
      400,
      "invalid_request",
    );
    server.clock.advance(5 * 60);
    await expectError(await passSecondFactor(browser, "totp", "123456"), 401, "unauthenticated");
  });

  it("signing out forgets the pending sign-in", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    const pending = browser.cookies.get(PENDING_COOKIE) ?? "";
    expect((await browser.json("/api/session", "DELETE")).status).toBe(204);
    browser.cookies.set(PENDING_COOKIE, pending);
    await expectError(
      await passSecondFactor(browser, "totp", codeAt(secret, server.clock())),
      401,
      "unauthenticated",
    );
  });
});

describe("prompt=login and max_age with a second factor", () => {
  it("ask for the password and then the second factor again, however fresh the session", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
    server.clock.advance(NEXT_STEP);
    for (const params of [{ prompt: "login" }, { max_age: "0" }]) {
      server.clock.advance(1);
      const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid", ...params }));
      const step = async () =>
        ((await (await browser.json(`/api/interactions/${id}`, "GET")).json()) as { step: string }).step;
      expect(await step()).toBe("login");
      await passPassword(browser, BOB);
      expect(await step()).toBe("second_factor");
      server.clock.advance(NEXT_STEP);
      expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
      expect(await step()).toBe("consent");
    }
  });
});

/** Alice, owner of acme, signed in on it (she reads acme's audit log). */
const signedInOwner = () => signedInBrowser(server, ALICE, "acme");
