import { passkeyListSchema, registrationOptionsSchema } from "@gatehouse/shared/schemas/passkeys";
import { describe, expect, it } from "vitest";
import {
  expectEachError,
  expectEachRefused,
  expectEachUnauthenticated,
  expectError,
  getOk,
} from "../../test/answers.ts";
import { auditEvents } from "../../test/audit.ts";
import { SoftwareAuthenticator } from "../../test/authenticator.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, CAROL } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { addPasskey } from "../../test/passkeys.ts";

const server = useTestServer();

const passkeysOf = (browser: TestBrowser) => getOk(browser, "/api/account/passkeys", passkeyListSchema);

describe("POST /api/account/passkeys/options (docs/api.md#passkeys)", () => {
  it("asks for a discoverable ES256 credential for our RP ID, excluding the person's passkeys", async () => {
    const bob = await signedInBrowser(server, BOB);
    const first = registrationOptionsSchema.parse(
      await (await bob.json("/api/account/passkeys/options", "POST")).json(),
    );
    expect(first.rp).toEqual({ id: new URL(server.url).hostname, name: "Gatehouse" });
    expect(first.user).toMatchObject({ name: BOB.email, id: Buffer.from(BOB.id).toString("base64url") });
    expect(first.pubKeyCredParams.map((param) => param.alg)).toContain(-7);
    expect(first.authenticatorSelection).toMatchObject({
      residentKey: "required",
      userVerification: "preferred",
    });
    expect(first.attestation).toBe("none");
    expect(first.excludeCredentials).toEqual([]);
    const authenticator = new SoftwareAuthenticator(server.url);
    await addPasskey(bob, authenticator);
    const second = registrationOptionsSchema.parse(
      await (await bob.json("/api/account/passkeys/options", "POST")).json(),
    );
    expect(second.challenge).not.toBe(first.challenge);
    expect(second.excludeCredentials).toEqual([
      { id: authenticator.id, type: "public-key", transports: ["hybrid", "internal"] },
    ]);
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectEachUnauthenticated(new TestBrowser(server.url), [["POST", "/api/account/passkeys/options"]]);
  });
});

describe("POST and GET /api/account/passkeys", () => {
  it("registers several named passkeys and lists them oldest first, never their keys", async () => {
    const bob = await signedInBrowser(server, BOB);
    expect(await passkeysOf(bob)).toEqual([]);
    const laptop = await addPasskey(bob, new SoftwareAuthenticator(server.url), "Laptop");
    expect(laptop).toEqual({
      id: laptop.id,
      name: "Laptop",
      created_at: expect.any(String),
      last_used_at: null,
    });
    server.clock.advance(5);
    await addPasskey(bob, new SoftwareAuthenticator(server.url), "Phone");
    const listed = await passkeysOf(bob);
    expect(listed.map((passkey) => passkey.name)).toEqual(["Laptop", "Phone"]);
    expect(JSON.stringify(listed)).not.toMatch(/public_key|credential/);
  });

  it("audits second_factor.added with method passkey", async () => {
    const alice = await signedInBrowser(server, ALICE, "acme");
    const passkey = await addPasskey(alice, new SoftwareAuthenticator(server.url), "Key");
    const [added] = await auditEvents(server, alice, { event: "second_factor.added" });
    expect(added).toMatchObject({
      event: "second_factor.added",
      details: { method: "passkey", passkey_id: passkey.id },
    });
  });

  it("answers 400 invalid_request for no name, a name too long, or a response that is not WebAuthn's", async () => {
    const bob = await signedInBrowser(server, BOB);
    const options = registrationOptionsSchema.parse(
      await (await bob.json("/api/account/passkeys/options", "POST")).json(),
    );
    const response = new SoftwareAuthenticator(server.url).register(options);
    await expectEachRefused(
      bob,
      ["POST", "/api/account/passkeys"],
      [
        { name: " ", response },
        { name: "x".repeat(65), response },
        { name: "Key", response: { id: "a" } },
        { name: "Key" },
      ],
      [400, "invalid_request"],
    );
    expect(await passkeysOf(bob)).toEqual([]);
  });

  it("answers 400 invalid_request for an answer to no live challenge of the person", async () => {
    const bob = await signedInBrowser(server, BOB);
    const options = registrationOptionsSchema.parse(
      await (await bob.json("/api/account/passkeys/options", "POST")).json(),
    );
    // Carol answers Bob's challenge from her own session.
    const carol = await signedInBrowser(server, CAROL);
    const stolen = new SoftwareAuthenticator(server.url).register(options);
    await expectError(
      await carol.json("/api/account/passkeys", "POST", { name: "Key", response: stolen }),
      400,
      "invalid_request",
    );
    expect(await passkeysOf(carol)).toEqual([]);
    // The challenge went with that try: Bob cannot use it either.
    await expectError(
      await bob.json("/api/account/passkeys", "POST", { name: "Key", response: stolen }),
      400,
      "invalid_request",
    );
  });

  it("answers 400 invalid_request for a challenge past its five minutes", async () => {
    const bob = await signedInBrowser(server, BOB);
    const options = registrationOptionsSchema.parse(
      await (await bob.json("/api/account/passkeys/options", "POST")).json(),
    );
    server.clock.advance(5 * 60);
    const response = new SoftwareAuthenticator(server.url).register(options);
    await expectError(
      await bob.json("/api/account/passkeys", "POST", { name: "Key", response }),
      400,
      "invalid_request",
    );
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectEachUnauthenticated(new TestBrowser(server.url), [["GET", "/api/account/passkeys"]]);
  });
});

describe("PATCH and DELETE /api/account/passkeys/:id", () => {
  it("renames the person's own passkey", async () => {
    const bob = await signedInBrowser(server, BOB);
    const passkey = await addPasskey(bob, new SoftwareAuthenticator(server.url));
    const response = await bob.json(`/api/account/passkeys/${passkey.id}`, "PATCH", {
      name: "  Work laptop ",
    });
    expect(response.status).toBe(200);
    expect((await passkeysOf(bob)).map((each) => each.name)).toEqual(["Work laptop"]);
  });

  it("N76 removes a passkey only with the password again, and audits second_factor.removed", async () => {
    const alice = await signedInBrowser(server, ALICE, "acme");
    const passkey = await addPasskey(alice, new SoftwareAuthenticator(server.url));
    const path = `/api/account/passkeys/${passkey.id}`;
    await expectError(
      await alice.json(path, "DELETE", { current_password: "wrong-password" }),
      401,
      "invalid_credentials",
    );
    await expectError(await alice.json(path, "DELETE", {}), 400, "invalid_request");
    expect(await passkeysOf(alice)).toHaveLength(1);
    expect((await alice.json(path, "DELETE", { current_password: ALICE.password })).status).toBe(204);
    expect(await passkeysOf(alice)).toEqual([]);
    const [removed] = await auditEvents(server, alice, { event: "second_factor.removed" });
    expect(removed).toMatchObject({ details: { method: "passkey", passkey_id: passkey.id } });
  });

  it("N76 answers 404 not_found for another person's passkey, and changes nothing of it", async () => {
    const bob = await signedInBrowser(server, BOB);
    const passkey = await addPasskey(bob, new SoftwareAuthenticator(server.url), "Bob's key");
    const carol = await signedInBrowser(server, CAROL);
    const path = `/api/account/passkeys/${passkey.id}`;
    await expectEachError(
      carol,
      [
        ["PATCH", path, { name: "Mine" }],
        ["DELETE", path, { current_password: CAROL.password }],
        ["PATCH", "/api/account/passkeys/unknown", { name: "Mine" }],
      ],
      [404, "not_found"],
    );
    expect(await passkeysOf(carol)).toEqual([]);
    expect((await passkeysOf(bob)).map((each) => each.name)).toEqual(["Bob's key"]);
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectEachUnauthenticated(new TestBrowser(server.url), [
      ["PATCH", "/api/account/passkeys/x", { name: "A" }],
      ["DELETE", "/api/account/passkeys/x", { current_password: "a" }],
    ]);
  });
});
