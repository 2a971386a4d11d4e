import { sessionAnswerSchema } from "@gatehouse/shared";
import { secondFactorNeededSchema } from "@gatehouse/shared/schemas/second-factors";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, CAROL } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import {
  passkeySignInOptions,
  passWithPasskey,
  registeredAuthenticator,
  secondFactorPasskeyOptions,
} from "../../test/passkeys.ts";
import { notesTokens } from "../../test/people.ts";
import { passPassword, setUpTotp } from "../../test/second-factors.ts";
import { sha256 } from "../domain/secrets.ts";

const server = useTestServer();

/** Bob's passkey (registered while signed in), and a new browser past Bob's password. */
async function bobPastPassword(options: { synced?: boolean } = {}) {
  const authenticator = await registeredAuthenticator(await signedInBrowser(server, BOB), options);
  const browser = new TestBrowser(server.url);
  const needed = secondFactorNeededSchema.parse(await passPassword(browser, BOB));
  return { authenticator, browser, needed };
}

describe("a passkey as the second factor (docs/api.md#passkeys)", () => {
  it("is offered after the password once the person has one, after the app's methods", async () => {
    const { needed } = await bobPastPassword();
    expect(needed).toEqual({ second_factor: ["passkey"] });
    const browser = await signedInBrowser(server, ALICE);
    await setUpTotp(server, browser);
    await registeredAuthenticator(browser);
    expect(await passPassword(new TestBrowser(server.url), ALICE)).toEqual({
      second_factor: ["totp", "recovery_code", "passkey"],
    });
  });

  it("asks only for the person's own passkeys, user verification preferred; 401 without a pending sign-in, 404 without a passkey", async () => {
    await registeredAuthenticator(await signedInBrowser(server, ALICE));
    const { authenticator, browser } = await bobPastPassword();
    const options = await secondFactorPasskeyOptions(browser);
    expect(options.allowCredentials?.map((each) => each.id)).toEqual([authenticator.id]);
    expect(options.userVerification).toBe("preferred");
    await expectError(
      await new TestBrowser(server.url).json("/api/session/second-factor/passkey/options", "POST"),
      401,
      "unauthenticated",
    );
    await setUpTotp(server, await signedInBrowser(server, CAROL));
    const carol = new TestBrowser(server.url);
    await passPassword(carol, CAROL);
    await expectError(
      await carol.json("/api/session/second-factor/passkey/options", "POST"),
      404,
      "not_found",
    );
  });

  it("N76 signs in with the right passkey: a session, amr pwd hwk mfa, the pending cookie gone, audited", async () => {
    const { authenticator, browser } = await bobPastPassword();
    const response = await passWithPasskey(
      browser,
      authenticator.assert(await secondFactorPasskeyOptions(browser)),
    );
    expect(response.status).toBe(200);
    expect(sessionAnswerSchema.parse(await response.json()).user.email).toBe(BOB.email);
    expect(browser.cookies.has("gatehouse_pending_sign_in")).toBe(false);
    const session = await server.store.sessions.get(sha256(browser.cookies.get("gatehouse_session") ?? ""));
    expect(session?.amr).toEqual(["pwd", "hwk", "mfa"]);
    const [passkey] = await server.store.passkeys.listByUser(BOB.id);
    expect(passkey?.last_used_at).toBe(Math.floor(server.clock() / 1000));
    const events = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      person: BOB.email,
    });
    expect(events.map((event) => [event.event, event.details])).toEqual(
      expect.arrayContaining([
        ["second_factor.used", { method: "passkey", passkey_id: passkey?.id }],
        ["sign_in.succeeded", { method: "password", second_factor: "passkey" }],
      ]),
    );
  });

  it("puts amr pwd swk mfa in the ID token after a synced passkey", async () => {
    const { authenticator, browser } = await bobPastPassword({ synced: true });
    const options = await secondFactorPasskeyOptions(browser);
    expect((await passWithPasskey(browser, authenticator.assert(options))).status).toBe(200);
    const tokens = await notesTokens(server, browser, BOB);
    expect(decodeJwt(tokens.id_token ?? "").amr).toEqual(["pwd", "swk", "mfa"]);
  });

  it("N76 refuses another person's passkey with 401 invalid_code, and the pending sign-in still waits", async () => {
    const alices = await registeredAuthenticator(await signedInBrowser(server, ALICE));
    const { authenticator, browser } = await bobPastPassword();
    const options = await secondFactorPasskeyOptions(browser);
    await expectError(await passWithPasskey(browser, alices.assert(options)), 401, "invalid_code");
    expect(browser.cookies.has("gatehouse_session")).toBe(false);
    const again = await secondFactorPasskeyOptions(browser);
    expect((await passWithPasskey(browser, authenticator.assert(again))).status).toBe(200);
  });

  it("N76 uses a challenge once, and only for the pending sign-in it was issued to", async () => {
    const { authenticator, browser } = await bobPastPassword();
    const options = await secondFactorPasskeyOptions(browser);
    const first = authenticator.assert(options);
    const replay = authenticator.assert(options);
    expect((await passWithPasskey(browser, first)).status).toBe(200);
    // The same challenge again, in a new pending sign-in of the same browser: gone.
    await passPassword(browser, BOB);
    await expectError(await passWithPasskey(browser, replay), 401, "invalid_code");
    // Nor does a challenge of another pending sign-in, or of a sign-in by passkey alone, answer this one.
    const other = new TestBrowser(server.url);
    await passPassword(other, BOB);
    const othersOptions = await secondFactorPasskeyOptions(other);
    await expectError(
      await passWithPasskey(browser, authenticator.assert(othersOptions)),
      401,
      "invalid_code",
    );
    const alone = await passkeySignInOptions(browser);
    await expectError(await passWithPasskey(browser, authenticator.assert(alone)), 401, "invalid_code");
  });

  it("N76 counts refused assertions with the email's sign-in failures: then 429 with Retry-After, even for the right passkey", async () => {
    const alices = await registeredAuthenticator(await signedInBrowser(server, ALICE));
    const { authenticator, browser } = await bobPastPassword();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const options = await secondFactorPasskeyOptions(browser);
      await expectError(await passWithPasskey(browser, alices.assert(options)), 401, "invalid_code");
    }
    const options = await secondFactorPasskeyOptions(browser);
    const throttled = await passWithPasskey(browser, authenticator.assert(options));
    await expectError(throttled, 429, "too_many_requests");
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
