import { sessionAnswerSchema } from "@gatehouse/shared/schemas/api";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { passkeySignInOptions, registeredAuthenticator } from "../../test/passkeys.ts";
import { sha256 } from "../domain/secrets.ts";

const server = useTestServer();

/** The session `browser` holds, as the store keeps it. */
async function storedSession(browser: TestBrowser) {
  const cookie = [...browser.cookies].find(([name]) => name.endsWith("gatehouse_session"))?.[1] ?? "";
  return server.store.sessions.get(sha256(cookie));
}

describe("POST /api/session/passkey/options (docs/api.md#passkeys)", () => {
  it("asks any discoverable credential of our RP ID, with user verification required", async () => {
    const browser = new TestBrowser(server.url);
    const options = await passkeySignInOptions(browser);
    expect(options.rpId).toBe(new URL(server.url).hostname);
    expect(options.userVerification).toBe("required");
    expect(options.allowCredentials ?? []).toEqual([]);
    expect([...browser.cookies.keys()]).toContain("gatehouse_passkey");
  });
});

describe("POST /api/session/passkey", () => {
  it("signs the passkey's person in without a password, as a password sign-in does", async () => {
    const bob = await signedInBrowser(server, BOB);
    const authenticator = await registeredAuthenticator(bob, { synced: true });
    const oldSession = await storedSession(bob);
    server.clock.advance(60);
    const options = await passkeySignInOptions(bob);
    const response = await bob.json("/api/session/passkey", "POST", {
      response: authenticator.assert(options),
    });
    expect(response.status).toBe(200);
    const body = sessionAnswerSchema.parse(await response.json());
    expect(body.user.email).toBe(BOB.email);
    // A new session id, the old one ended, the attempt cookie gone.
    const newSession = await storedSession(bob);
    expect(newSession?.id_hash).not.toBe(oldSession?.id_hash);
    expect(await server.store.sessions.get(oldSession?.id_hash ?? "")).toBeNull();
    expect(newSession?.amr).toEqual(["swk"]);
    expect([...bob.cookies.keys()]).not.toContain("gatehouse_passkey");
    expect((await server.store.users.get(BOB.id))?.last_sign_in_at).toBe(Math.floor(server.clock() / 1000));
    const [listed] = (await (await bob.json("/api/account/passkeys", "GET")).json()) as {
      last_used_at: string;
    }[];
    expect(listed?.last_used_at).toBe(new Date(Math.floor(server.clock() / 1000) * 1000).toISOString());
  });

  it("records hwk for a credential bound to one device", async () => {
    const bob = await signedInBrowser(server, BOB);
    const authenticator = await registeredAuthenticator(bob, { synced: false });
    const browser = new TestBrowser(server.url);
    const options = await passkeySignInOptions(browser);
    expect(
      (await browser.json("/api/session/passkey", "POST", { response: authenticator.assert(options) }))
        .status,
    ).toBe(200);
    expect((await storedSession(browser))?.amr).toEqual(["hwk"]);
  });

  it("audits sign_in.succeeded with method passkey, and a failure as sign_in.failed", async () => {
    const alice = await signedInBrowser(server, ALICE, "acme");
    const authenticator = await registeredAuthenticator(alice);
    const browser = new TestBrowser(server.url);
    const options = await passkeySignInOptions(browser);
    const assertion = authenticator.assert(options);
    expect((await browser.json("/api/session/passkey", "POST", { response: assertion })).status).toBe(200);
    await expectError(
      await browser.json("/api/session/passkey", "POST", { response: assertion }),
      401,
      "invalid_credentials",
    );
    const [succeeded] = await auditEvents(server, alice, { event: "sign_in.succeeded" });
    expect(succeeded).toMatchObject({ person: { email: ALICE.email }, details: { method: "passkey" } });
    // Nobody is known from a failed assertion: the event belongs to no portal.
    await server.audit.flush();
    const failed = await server.store.audit.list({ event: "sign_in.failed", portalId: null, limit: 10 });
    expect(failed.map((event) => event.details)).toEqual([
      { method: "passkey", reason: "invalid_credentials" },
    ]);
  });

  it("answers 401 invalid_credentials without the attempt cookie its options set", async () => {
    const bob = await signedInBrowser(server, BOB);
    const authenticator = await registeredAuthenticator(bob);
    const options = await passkeySignInOptions(new TestBrowser(server.url));
    const elsewhere = new TestBrowser(server.url);
    await expectError(
      await elsewhere.json("/api/session/passkey", "POST", { response: authenticator.assert(options) }),
      401,
      "invalid_credentials",
    );
  });

  it("answers 400 invalid_request for a body that is not an assertion", async () => {
    const browser = new TestBrowser(server.url);
    await expectError(
      await browser.json("/api/session/passkey", "POST", { response: { id: "x" } }),
      400,
      "invalid_request",
    );
  });
});
