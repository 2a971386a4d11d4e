import { registrationOptionsSchema } from "@gatehouse/shared/schemas/passkeys";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  passkeyAuthenticationOptions,
  verifyPasskeyAssertion,
} from "../../src/domain/passkey-authentication.ts";
import { expectError } from "../answers.ts";
import { SoftwareAuthenticator } from "../authenticator.ts";
import { signedInBrowser, TestBrowser } from "../browser.ts";
import { BOB, CAROL } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { passkeySignInOptions, registeredAuthenticator } from "../passkeys.ts";

// N76: a passkey assertion counts only when bound to our origin and RP ID, answering a live
// challenge once, from an authenticator whose signature counter moved on.
const server = useTestServer();

/** Bob's passkey, and a fresh browser holding the options of a passkey sign-in. */
async function bobsPasskeyAndAttempt(options: { keepsCounter?: boolean } = {}) {
  const bob = await signedInBrowser(server, BOB);
  const authenticator = await registeredAuthenticator(bob, options);
  const browser = new TestBrowser(server.url);
  return { authenticator, browser, options: await passkeySignInOptions(browser) };
}

const signInWith = (browser: TestBrowser, response: unknown) =>
  browser.json("/api/session/passkey", "POST", { response });

describe("N76 passkey assertions bound to us", () => {
  it("N76 refuses an assertion made for another origin (a phishing page relaying our challenge)", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    const phished = authenticator.assert(options, { origin: "https://gatehouse.example.net" });
    await expectError(await signInWith(browser, phished), 401, "invalid_credentials");
    expect([...browser.cookies.keys()]).not.toContain("gatehouse_session");
  });

  it("N76 refuses an assertion scoped to another RP ID", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    await expectError(
      await signInWith(browser, authenticator.assert(options, { rpID: "evil.example" })),
      401,
      "invalid_credentials",
    );
  });

  it("N76 refuses a registration made for another origin or RP ID", async () => {
    const bob = await signedInBrowser(server, BOB);
    for (const overrides of [{ origin: "https://evil.example" }, { rpID: "evil.example" }]) {
      const options = registrationOptionsSchema.parse(
        await (await bob.json("/api/account/passkeys/options", "POST")).json(),
      );
      const response = new SoftwareAuthenticator(server.url).register(options, overrides);
      await expectError(
        await bob.json("/api/account/passkeys", "POST", { name: "Key", response }),
        400,
        "invalid_request",
      );
    }
    expect(await server.store.passkeys.listByUser(BOB.id)).toEqual([]);
  });

  it("N76 refuses a replayed assertion: a challenge answers once", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    const assertion = authenticator.assert(options);
    expect((await signInWith(browser, assertion)).status).toBe(200);
    const replaying = new TestBrowser(server.url);
    replaying.cookies.set("gatehouse_passkey", "stolen");
    await expectError(await signInWith(replaying, assertion), 401, "invalid_credentials");
    // Even with new options of its own, the old challenge is gone.
    await passkeySignInOptions(replaying);
    await expectError(await signInWith(replaying, assertion), 401, "invalid_credentials");
  });

  it("N76 refuses an assertion to a challenge past its end, or to one made up", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    server.clock.advance(5 * 60);
    await expectError(await signInWith(browser, authenticator.assert(options)), 401, "invalid_credentials");
    const fresh = new TestBrowser(server.url);
    const live = await passkeySignInOptions(fresh);
    const madeUp = authenticator.assert(live, { challenge: "bWFkZS11cC1jaGFsbGVuZ2UtYnktdGhlLWF0dGFja2Vy" });
    await expectError(await signInWith(fresh, madeUp), 401, "invalid_credentials");
  });

  it("N76 refuses a signature counter that goes back or stays put (a cloned authenticator)", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    expect((await signInWith(browser, authenticator.assert(options, { counter: 10 }))).status).toBe(200);
    for (const counter of [9, 10]) {
      const again = new TestBrowser(server.url);
      const next = await passkeySignInOptions(again);
      await expectError(
        await signInWith(again, authenticator.assert(next, { counter })),
        401,
        "invalid_credentials",
      );
    }
    const later = new TestBrowser(server.url);
    expect(
      (await signInWith(later, authenticator.assert(await passkeySignInOptions(later), { counter: 11 })))
        .status,
    ).toBe(200);
  });

  it("N76 accepts an authenticator that keeps no counter (always 0)", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt({ keepsCounter: false });
    expect((await signInWith(browser, authenticator.assert(options))).status).toBe(200);
    const again = new TestBrowser(server.url);
    expect((await signInWith(again, authenticator.assert(await passkeySignInOptions(again)))).status).toBe(
      200,
    );
  });

  it("N76 refuses a sign-in by passkey alone without user verification", async () => {
    const { authenticator, browser, options } = await bobsPasskeyAndAttempt();
    await expectError(
      await signInWith(browser, authenticator.assert(options, { userVerified: false })),
      401,
      "invalid_credentials",
    );
  });

  it("N76 refuses an unknown credential, and a signature by another key", async () => {
    const { browser, options } = await bobsPasskeyAndAttempt();
    const stranger = new SoftwareAuthenticator(server.url);
    await expectError(await signInWith(browser, stranger.assert(options)), 401, "invalid_credentials");
  });

  it("N76 refuses, at the second factor, another person's credential", async () => {
    const bob = await signedInBrowser(server, BOB);
    const bobsKey = await registeredAuthenticator(bob);
    const deps = {
      store: server.store,
      clock: server.clock,
      config: server.config,
      logger: pino({ level: "silent" }),
    };
    // Carol passed her password; her second-factor step is answered with Bob's passkey.
    const options = await passkeyAuthenticationOptions(deps, {
      userId: CAROL.id,
      bindingHash: "carol-pending",
      allowed: await server.store.passkeys.listByUser(CAROL.id),
    });
    expect(await verifyPasskeyAssertion(deps, bobsKey.assert(options), CAROL.id, "carol-pending")).toBeNull();
    // Bob's own second factor works with it, and only for his own pending sign-in.
    const bobs = {
      userId: BOB.id,
      bindingHash: "bob-pending",
      allowed: await server.store.passkeys.listByUser(BOB.id),
    };
    const own = await passkeyAuthenticationOptions(deps, bobs);
    expect(own.allowCredentials?.map((each) => each.id)).toEqual([bobsKey.id]);
    expect(own.userVerification).toBe("preferred");
    expect(await verifyPasskeyAssertion(deps, bobsKey.assert(own), BOB.id, "carol-pending")).toBeNull();
    const again = await passkeyAuthenticationOptions(deps, bobs);
    const verified = await verifyPasskeyAssertion(
      deps,
      bobsKey.assert(again, { userVerified: false }),
      BOB.id,
      "bob-pending",
    );
    expect(verified?.user.id).toBe(BOB.id);
    expect(verified?.amr).toEqual(["hwk"]);
  });

  it("N76 throttles failed passkey sign-ins per address, as wrong passwords are", async () => {
    const { authenticator, options } = await bobsPasskeyAndAttempt();
    const forged = authenticator.assert(options, { origin: "https://evil.example" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 22; attempt += 1) {
      statuses.push((await signInWith(new TestBrowser(server.url), forged)).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.at(-1)).toBe(429);
  });
});
