import { describe, expect, it } from "vitest";
import { SIGN_IN_PER_ACCOUNT } from "../../src/domain/throttle.ts";
import { expectEachError, expectError } from "../answers.ts";
import { signedInBrowser, TestBrowser } from "../browser.ts";
import { ALICE, BOB } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { codeAt, passPassword, passSecondFactor, personWithTotp } from "../second-factors.ts";

/**
 * N76: second factors against someone who holds the password. Codes are throttled with the email's
 * sign-in failures (counted before checking, so a burst meets the same limit), a code works once,
 * a recovery code works once, a pending sign-in belongs to its person and its 5 minutes, and a factor
 * is removed only with the password again.
 */
const server = useTestServer();

/** Six digits that are not the app's code for the steps around now. */
function wrongCode(secret: string, seed: number): string {
  const now = server.clock();
  const right = new Set([-1, 0, 1].map((step) => codeAt(secret, now + step * 30_000)));
  let candidate = seed;
  while (right.has(String(candidate).padStart(6, "0"))) candidate = (candidate + 1) % 1_000_000;
  return String(candidate).padStart(6, "0");
}

describe("N76 second-factor attacks", () => {
  it("N76 judges at most 10 of 40 wrong codes sent at once; the rest, and then the right code, get 429 with Retry-After", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => passSecondFactor(browser, "totp", wrongCode(secret, 100_000 + i))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT.limit);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(
      40 - SIGN_IN_PER_ACCOUNT.limit,
    );
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    for (const answer of answers.filter((each) => each.status === 429)) {
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    const right = await passSecondFactor(browser, "totp", codeAt(secret, server.clock()));
    await expectError(right, 429, "too_many_requests");
  });

  it("N76 lets 10 wrong codes in a row lock the email: the password step itself then answers 429", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i += 1) {
      const answer = await passSecondFactor(browser, "totp", wrongCode(secret, 200_000 + i));
      expect([401, 429]).toContain(answer.status);
      server.clock.advance(20);
    }
    await expectError(
      await new TestBrowser(server.url).json("/api/session", "POST", BOB),
      429,
      "too_many_requests",
    );
  });

  it("N76 never lets a right password clear the count of wrong codes", async () => {
    const { secret } = await personWithTotp(server, BOB);
    let refused = 0;
    for (let round = 0; round < 4 && refused === 0; round += 1) {
      const browser = new TestBrowser(server.url);
      const password = await browser.json("/api/session", "POST", BOB);
      if (password.status === 429) refused += 1;
      for (let i = 0; i < 4 && password.status === 200; i += 1) {
        const answer = await passSecondFactor(browser, "totp", wrongCode(secret, 300_000 + round * 10 + i));
        if (answer.status === 429) refused += 1;
        server.clock.advance(20);
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it("N76 refuses a code replayed, even by two browsers racing with it: one signs in", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browsers = [new TestBrowser(server.url), new TestBrowser(server.url), new TestBrowser(server.url)];
    for (const browser of browsers) await passPassword(browser, BOB);
    const code = codeAt(secret, server.clock());
    const answers = await Promise.all(browsers.map((browser) => passSecondFactor(browser, "totp", code)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401]);
  });

  it("N76 refuses a recovery code reused, even by two browsers racing with it: one signs in", async () => {
    const { recoveryCodes } = await personWithTotp(server, BOB);
    const browsers = [new TestBrowser(server.url), new TestBrowser(server.url), new TestBrowser(server.url)];
    for (const browser of browsers) await passPassword(browser, BOB);
    const code = recoveryCodes[3] ?? "";
    const answers = await Promise.all(
      browsers.map((browser) => passSecondFactor(browser, "recovery_code", code)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401]);
  });

  it("N76 makes one person's pending sign-in useless with another's codes: it stays that person's", async () => {
    const bob = await personWithTotp(server, BOB);
    const alice = await personWithTotp(server, ALICE);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    await expectError(
      await passSecondFactor(browser, "totp", codeAt(alice.secret, server.clock())),
      401,
      "invalid_code",
    );
    await expectError(
      await passSecondFactor(browser, "recovery_code", alice.recoveryCodes[0] ?? ""),
      401,
      "invalid_code",
    );
    const passed = await passSecondFactor(browser, "totp", codeAt(bob.secret, server.clock()));
    expect(passed.status).toBe(200);
    expect(await passed.json()).toMatchObject({ user: { email: BOB.email } });
  });

  it("N76 refuses a pending sign-in past its 5 minutes, and once it was finished", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    server.clock.advance(5 * 60);
    await expectError(
      await passSecondFactor(browser, "totp", codeAt(secret, server.clock())),
      401,
      "unauthenticated",
    );
    await passPassword(browser, BOB);
    const pending = browser.cookies.get("gatehouse_pending_sign_in") ?? "";
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
    const replay = new TestBrowser(server.url);
    replay.cookies.set("gatehouse_pending_sign_in", pending);
    server.clock.advance(30);
    await expectError(
      await passSecondFactor(replay, "totp", codeAt(secret, server.clock())),
      401,
      "unauthenticated",
    );
  });

  it("N76 never removes a factor or replaces recovery codes without the password, nor with a session alone", async () => {
    await personWithTotp(server, BOB);
    const { secret } = (await server.store.secondFactors.getTotp(BOB.id)) ?? { secret: "" };
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
    await expectError(await browser.json("/api/account/totp", "DELETE", {}), 400, "invalid_request");
    await expectEachError(
      browser,
      [
        ["DELETE", "/api/account/totp", { current_password: "guess" }],
        ["POST", "/api/account/recovery-codes", { current_password: "guess" }],
      ],
      [401, "invalid_credentials"],
    );
    expect(await server.store.secondFactors.getTotp(BOB.id)).toMatchObject({
      confirmed_at: expect.any(Number),
    });
    // Another person's password removes only their own factors: Alice has none.
    const alice = await signedInBrowser(server, ALICE, "acme");
    await expectError(
      await alice.json("/api/account/totp", "DELETE", { current_password: ALICE.password }),
      404,
      "not_found",
    );
    expect(await server.store.secondFactors.getTotp(BOB.id)).not.toBeNull();
  });
});
