import { sessionAnswerSchema } from "@gatehouse/shared";
import {
  portalSettingsSchema,
  recoveryCodesSchema,
  secondFactorNeededSchema,
} from "@gatehouse/shared/schemas/second-factors";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, CAROL } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import {
  codeAt,
  confirmTotpCode,
  passPassword,
  passSecondFactor,
  startTotp,
} from "../../test/second-factors.ts";

const server = useTestServer();

/** A sign-in's required set-up of an app (docs/api.md#second-factors). */
const SET_UP_TOTP = "/api/session/second-factor/totp";

const requireOnAcme = async (required: boolean, owner?: TestBrowser) => {
  owner ??= await signedInBrowser(server, ALICE, "acme");
  const response = await owner.json("/api/portal", "PATCH", { require_second_factor: required });
  expect(response.status).toBe(200);
  return portalSettingsSchema.parse(await response.json());
};

describe("GET and PATCH /api/portal", () => {
  it("shows owners the current portal's settings and lets them require a second factor", async () => {
    const owner = await signedInBrowser(server, ALICE, "acme");
    const shown = await owner.json("/api/portal", "GET");
    expect(shown.status).toBe(200);
    expect(portalSettingsSchema.parse(await shown.json())).toEqual({
      id: "acme",
      name: "Acme",
      require_second_factor: false,
    });
    expect(await requireOnAcme(true)).toEqual({ id: "acme", name: "Acme", require_second_factor: true });
    expect(
      portalSettingsSchema.parse(await (await owner.json("/api/portal", "GET")).json()).require_second_factor,
    ).toBe(true);
  });

  it("lets admins read but not change them, and refuses everyone else with 403 forbidden", async () => {
    await server.store.users.setAccount(BOB.id, { portal_id: "acme", role: "admin" });
    const admin = await signedInBrowser(server, BOB);
    expect((await admin.json("/api/portal", "GET")).status).toBe(200);
    await expectError(
      await admin.json("/api/portal", "PATCH", { require_second_factor: true }),
      403,
      "forbidden",
    );
    const member = await signedInBrowser(server, ALICE, "globex");
    await expectError(await member.json("/api/portal", "GET"), 403, "forbidden");
    await expectError(
      await member.json("/api/portal", "PATCH", { require_second_factor: true }),
      403,
      "forbidden",
    );
    await expectError(await new TestBrowser(server.url).json("/api/portal", "GET"), 401, "unauthenticated");
    const owner = await signedInBrowser(server, ALICE, "acme");
    await expectError(
      await owner.json("/api/portal", "PATCH", { require_second_factor: "yes" }),
      400,
      "invalid_request",
    );
  });
});

describe("a portal that requires a second factor", () => {
  it("leads a person without one through setting up an app before any session: 201 secret, then 200 session and recovery codes", async () => {
    await requireOnAcme(true);
    const browser = new TestBrowser(server.url);
    expect(secondFactorNeededSchema.parse(await passPassword(browser, BOB))).toEqual({
      second_factor_setup: true,
    });
    await expectError(await browser.json("/api/session", "GET"), 401, "unauthenticated");
    // A set-up is no second step: the verify route knows no pending sign-in of this kind.
    await expectError(await passSecondFactor(browser, "totp", "123456"), 401, "unauthenticated");
    const { secret } = await startTotp(browser, SET_UP_TOTP);
    await expectError(await confirmTotpCode(browser, "000000", SET_UP_TOTP), 401, "invalid_code");
    const confirmed = await confirmTotpCode(browser, codeAt(secret, server.clock()), SET_UP_TOTP);
    expect(confirmed.status).toBe(200);
    const body = await confirmed.json();
    expect(recoveryCodesSchema.parse(body).recovery_codes).toHaveLength(10);
    expect(sessionAnswerSchema.parse(body).user.email).toBe(BOB.email);
    const session = await server.store.sessions.listByUser(BOB.id);
    expect(session.at(-1)?.amr).toEqual(["pwd", "otp", "mfa"]);
  });

  it("asks it of the portal's owners too, requires nothing of people on other portals, and nothing once lifted", async () => {
    const owner = await signedInBrowser(server, ALICE, "acme");
    await requireOnAcme(true, owner);
    expect(await passPassword(new TestBrowser(server.url), ALICE)).toEqual({ second_factor_setup: true });
    expect(await passPassword(new TestBrowser(server.url), CAROL)).toMatchObject({
      user: { email: CAROL.email },
    });
    await requireOnAcme(false, owner);
    expect(await passPassword(new TestBrowser(server.url), BOB)).toMatchObject({
      user: { email: BOB.email },
    });
  });

  it("answers 401 unauthenticated to the set-up routes without a pending set-up", async () => {
    const browser = new TestBrowser(server.url);
    await expectError(await browser.json(SET_UP_TOTP, "POST"), 401, "unauthenticated");
    await expectError(await confirmTotpCode(browser, "123456", SET_UP_TOTP), 401, "unauthenticated");
  });
});
