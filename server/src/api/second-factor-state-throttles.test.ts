import { secondFactorNeededSchema } from "@gatehouse/shared/schemas/second-factors";
import { describe, expect, it } from "vitest";
import { expectError, getOk } from "../../test/answers.ts";
import { signedInBrowser, startInteraction, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl } from "../../test/oauth-app.ts";
import { passkeySignInOptions, registeredAuthenticator } from "../../test/passkeys.ts";
import { codeAt, confirmTotpCode, passPassword, setUpTotp, startTotp } from "../../test/second-factors.ts";

const server = useTestServer();

const pendingState = (browser: TestBrowser) =>
  getOk(browser, "/api/session/second-factor", secondFactorNeededSchema, { noStore: true });

describe("GET /api/session/second-factor (docs/api.md#second-factors)", () => {
  it("answers what the pending sign-in waits for, as the password step did, for a page reloaded at second_factor", async () => {
    await setUpTotp(server, await signedInBrowser(server, BOB));
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
    expect(await passPassword(browser, BOB)).toEqual({ second_factor: ["totp", "recovery_code"] });
    const interaction = (await (await browser.json(`/api/interactions/${id}`, "GET")).json()) as {
      step: string;
    };
    expect(interaction.step).toBe("second_factor");
    expect(await pendingState(browser)).toEqual({ second_factor: ["totp", "recovery_code"] });
  });

  it("answers second_factor_setup during a set-up a portal requires, so a reload comes back to the set-up", async () => {
    const owner = await signedInBrowser(server, ALICE, "acme");
    expect((await owner.json("/api/portal", "PATCH", { require_second_factor: true })).status).toBe(200);
    const browser = new TestBrowser(server.url);
    expect(await passPassword(browser, BOB)).toEqual({ second_factor_setup: true });
    expect(await pendingState(browser)).toEqual({ second_factor_setup: true });
    // Still so once the set-up has begun and until it is confirmed.
    expect((await browser.json("/api/session/second-factor/totp", "POST")).status).toBe(201);
    expect(await pendingState(browser)).toEqual({ second_factor_setup: true });
  });

  it("answers 401 unauthenticated without a live pending sign-in, or once it expired", async () => {
    await registeredAuthenticator(await signedInBrowser(server, BOB));
    await expectError(
      await new TestBrowser(server.url).json("/api/session/second-factor", "GET"),
      401,
      "unauthenticated",
    );
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    expect(await pendingState(browser)).toEqual({ second_factor: ["passkey"] });
    server.clock.advance(5 * 60);
    await expectError(await browser.json("/api/session/second-factor", "GET"), 401, "unauthenticated");
  });
});

describe("throttles of second factors' set-up (docs/security.md#throttling)", () => {
  it("N76 counts wrong codes of POST /api/account/totp/confirm with the email's sign-in failures: 429 with Retry-After", async () => {
    const browser = await signedInBrowser(server, BOB);
    const { secret } = await startTotp(browser);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expectError(await confirmTotpCode(browser, "000000"), 401, "invalid_code");
    }
    const throttled = await confirmTotpCode(browser, codeAt(secret, server.clock()));
    await expectError(throttled, 429, "too_many_requests");
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    // The same count stands before Bob's password.
    await expectError(
      await new TestBrowser(server.url).json("/api/session", "POST", BOB),
      429,
      "too_many_requests",
    );
  });

  it("counts every passkey options call per address, sign-in and account alike: 429 with Retry-After past 60", async () => {
    const bob = await signedInBrowser(server, BOB);
    for (let call = 0; call < 59; call += 1) await passkeySignInOptions(new TestBrowser(server.url));
    expect((await bob.json("/api/account/passkeys/options", "POST")).status).toBe(200);
    const throttled = await new TestBrowser(server.url).json("/api/session/passkey/options", "POST");
    await expectError(throttled, 429, "too_many_requests");
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    await expectError(await bob.json("/api/account/passkeys/options", "POST"), 429, "too_many_requests");
  });
});

describe("removing the authenticator app keeps passkeys", () => {
  it("DELETE /api/account/totp removes the app and its codes only; the passkey is still asked after the password", async () => {
    const browser = await signedInBrowser(server, BOB);
    await setUpTotp(server, browser);
    await registeredAuthenticator(browser);
    const removed = await browser.json("/api/account/totp", "DELETE", { current_password: BOB.password });
    expect(removed.status).toBe(204);
    expect(await server.store.passkeys.listByUser(BOB.id)).toHaveLength(1);
    expect(await passPassword(new TestBrowser(server.url), BOB)).toEqual({ second_factor: ["passkey"] });
  });
});
