import { recoveryCodesSchema, secondFactorsSchema } from "@gatehouse/shared/schemas/second-factors";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { expectEachUnauthenticated, expectError } from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { notesTokens } from "../../test/people.ts";
import {
  codeAt,
  confirmTotpCode,
  NEXT_STEP,
  passPassword,
  passSecondFactor,
  setUpTotp,
  startTotp,
} from "../../test/second-factors.ts";

const server = useTestServer();

describe("/api/account second factors", () => {
  it("sets up an app: a secret and its otpauth URI, the first code confirms it and answers 10 recovery codes once", async () => {
    const browser = await signedInBrowser(server, BOB);
    expect(
      secondFactorsSchema.parse(await (await browser.json("/api/account/second-factors", "GET")).json()),
    ).toEqual({
      totp: null,
      recovery_codes_remaining: 0,
    });
    const { secret, otpauth_uri } = await startTotp(browser);
    expect(otpauth_uri).toContain(`secret=${secret}`);
    await expectError(await confirmTotpCode(browser, "000000"), 401, "invalid_code");
    const confirmed = await confirmTotpCode(browser, codeAt(secret, server.clock()));
    expect(confirmed.status).toBe(200);
    expect(recoveryCodesSchema.parse(await confirmed.json()).recovery_codes).toHaveLength(10);
    expect(
      secondFactorsSchema.parse(await (await browser.json("/api/account/second-factors", "GET")).json()),
    ).toEqual({
      totp: { created_at: new Date(Math.floor(server.clock() / 1000) * 1000).toISOString() },
      recovery_codes_remaining: 10,
    });
  });

  it("answers 409 conflict for a new app while one is confirmed, and 404 for a confirmation with nothing being set up", async () => {
    const browser = await signedInBrowser(server, BOB);
    await expectError(await confirmTotpCode(browser, "123456"), 404, "not_found");
    await setUpTotp(server, browser);
    await expectError(await browser.json("/api/account/totp", "POST"), 409, "conflict");
    await expectError(await confirmTotpCode(browser, "123456"), 404, "not_found");
  });

  it("a new secret replaces one not yet confirmed: the old secret's code no longer confirms", async () => {
    const browser = await signedInBrowser(server, BOB);
    const first = await startTotp(browser);
    const second = await startTotp(browser);
    expect(second.secret).not.toBe(first.secret);
    const old = codeAt(first.secret, server.clock());
    if (old !== codeAt(second.secret, server.clock())) {
      await expectError(await confirmTotpCode(browser, old), 401, "invalid_code");
    }
    const ok = await confirmTotpCode(browser, codeAt(second.secret, server.clock()));
    expect(ok.status).toBe(200);
  });

  it("is for signed-in people only: 401 unauthenticated", async () => {
    await expectEachUnauthenticated(new TestBrowser(server.url), [
      ["GET", "/api/account/second-factors"],
      ["POST", "/api/account/totp"],
      ["DELETE", "/api/account/totp", { current_password: "x" }],
    ]);
  });

  it("N76 removes the app only with the current password (401 invalid_credentials), then signs in with the password alone; audited", async () => {
    const browser = await signedInBrowser(server, BOB);
    await setUpTotp(server, browser);
    await expectError(
      await browser.json("/api/account/totp", "DELETE", { current_password: "wrong" }),
      401,
      "invalid_credentials",
    );
    await expectError(await browser.json("/api/account/totp", "DELETE", {}), 400, "invalid_request");
    expect(
      (await browser.json("/api/account/totp", "DELETE", { current_password: BOB.password })).status,
    ).toBe(204);
    await expectError(
      await browser.json("/api/account/totp", "DELETE", { current_password: BOB.password }),
      404,
      "not_found",
    );
    const next = new TestBrowser(server.url);
    expect(await passPassword(next, BOB)).toMatchObject({ user: { email: BOB.email } });
    const events = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      person: BOB.email,
      event: "second_factor.removed",
    });
    expect(events[0]?.details).toEqual({ method: "totp", recovery_codes: 10 });
  });

  it("N76 replaces the recovery codes with the current password: the old ones void; 404 without an app", async () => {
    const browser = await signedInBrowser(server, BOB);
    await expectError(
      await browser.json("/api/account/recovery-codes", "POST", { current_password: BOB.password }),
      404,
      "not_found",
    );
    const { recoveryCodes } = await setUpTotp(server, browser);
    await expectError(
      await browser.json("/api/account/recovery-codes", "POST", { current_password: "wrong" }),
      401,
      "invalid_credentials",
    );
    const replaced = await browser.json("/api/account/recovery-codes", "POST", {
      current_password: BOB.password,
    });
    expect(replaced.status).toBe(200);
    const fresh = recoveryCodesSchema.parse(await replaced.json()).recovery_codes;
    const signingIn = new TestBrowser(server.url);
    await passPassword(signingIn, BOB);
    await expectError(
      await passSecondFactor(signingIn, "recovery_code", recoveryCodes[0] ?? ""),
      401,
      "invalid_code",
    );
    expect((await passSecondFactor(signingIn, "recovery_code", fresh[0] ?? "")).status).toBe(200);
  });

  it("an ID token after a sign-in with the app carries amr pwd, otp, mfa", async () => {
    const { secret } = await setUpTotp(server, await signedInBrowser(server, BOB));
    server.clock.advance(NEXT_STEP);
    const browser = new TestBrowser(server.url);
    await passPassword(browser, BOB);
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
    const tokens = await notesTokens(server, browser, BOB);
    expect(decodeJwt(tokens.id_token ?? "").amr).toEqual(["pwd", "otp", "mfa"]);
  });
});
