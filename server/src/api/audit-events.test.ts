import { createdClientSchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../test/audit.ts";
import { authorizeThroughSpa, signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO, NOTES } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { dataUrl, pngImage } from "../../test/images.ts";
import { postToken } from "../../test/oauth-app.ts";

const server = useTestServer();

/** Alice, owner of acme, with acme chosen: she reads acme's audit log. */
const acmeOwner = () => signedInBrowser(server, ALICE, "acme");
const ALICE_PERSON = { user_id: ALICE.id, email: ALICE.email };
const BOB_PERSON = { user_id: BOB.id, email: BOB.email };

/** The newest event named `event` on acme (of `person`, when given), as alice reads it. */
async function latest(event: string, person?: string) {
  const query = { event, limit: "1", ...(person ? { person } : {}) };
  const [found] = await auditEvents(server, await acmeOwner(), query);
  return found;
}

/** Bob allows Demo Notes and the app redeems the code: the grant's tokens. */
async function bobAllowsNotes() {
  const back = await authorizeThroughSpa(server);
  const response = await postToken(server.url, {
    grant_type: "authorization_code",
    code: back.searchParams.get("code") ?? "",
    ...NOTES,
  });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

const BOARD = {
  name: "Team Board",
  website_url: "https://board.example.com",
  logo: dataUrl(pngImage(32)),
  description: "Boards beside your documents.",
  allow_pkce: false,
  redirect_uris: ["https://board.example.com/callback"],
  allowed_origins: ["https://board.example.com"],
  scopes: ["openid", "files:read"],
  policy_url: "https://board.example.com/privacy",
  terms_url: "https://board.example.com/terms",
};

/** Alice registers Team Board on acme; its client id. */
async function registerBoard(alice: TestBrowser): Promise<string> {
  const response = await alice.json("/api/clients", "POST", BOARD);
  expect(response.status).toBe(201);
  return createdClientSchema.parse(await response.json()).client.client_id;
}

describe("each security event is recorded by the action that causes it (docs/operations.md#audit-events)", () => {
  it("sign_in.succeeded: in every portal of the person, with address, user agent and method", async () => {
    const browser = new TestBrowser(server.url);
    const response = await browser.fetch("/api/session", {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json", "user-agent": "AuditTest/1.0" },
      body: JSON.stringify({ email: ALICE.email, password: ALICE.password }),
    });
    expect(response.status).toBe(200);
    expect((await browser.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
    const event = await auditEvents(server, browser, { event: "sign_in.succeeded", limit: "1" }).then(
      ([first]) => first,
    );
    expect(event).toMatchObject({
      portal_id: "acme",
      event: "sign_in.succeeded",
      person: ALICE_PERSON,
      address: "127.0.0.1",
      user_agent: "AuditTest/1.0",
      details: { method: "password" },
    });
    expect(Date.parse(event?.time ?? "")).toBe(server.clock());
    // Alice is also a member of globex: the same sign-in is in globex's log.
    await server.audit.flush();
    const globex = await server.store.audit.list({
      portalId: "globex",
      event: "sign_in.succeeded",
      limit: 10,
    });
    expect(globex.map((record) => record.user_id)).toContain(ALICE.id);
  });

  it("sign_in.failed: a wrong password of a known email names the person", async () => {
    expect((await signIn(new TestBrowser(server.url), BOB.email, "wrong password")).status).toBe(401);
    expect(await latest("sign_in.failed")).toMatchObject({
      person: BOB_PERSON,
      details: { method: "password", reason: "invalid_credentials" },
    });
  });

  it("sign_in.failed: an unknown email is recorded in no portal and without the email", async () => {
    expect((await signIn(new TestBrowser(server.url), "nobody@example.com", "whatever")).status).toBe(401);
    await server.audit.flush();
    const [stored] = await server.store.audit.list({ event: "sign_in.failed", limit: 1 });
    expect(stored).toMatchObject({ portal_ids: [], user_id: null, email: null, address: "127.0.0.1" });
    expect(JSON.stringify(stored)).not.toContain("nobody");
    expect(await latest("sign_in.failed")).toBeUndefined();
  });

  it("signed_out: by DELETE /api/session and by /oauth2/logout, not for a browser with no session", async () => {
    const bob = await signedInBrowser(server, BOB);
    expect((await bob.json("/api/session", "DELETE")).status).toBe(204);
    expect(await latest("signed_out")).toMatchObject({ person: BOB_PERSON, portal_id: "acme" });
    const again = await signedInBrowser(server, BOB);
    expect((await again.fetch("/oauth2/logout")).status).toBe(303);
    expect((await again.fetch("/oauth2/logout")).status).toBe(303);
    const alice = await acmeOwner();
    expect(await auditEvents(server, alice, { event: "signed_out" })).toHaveLength(2);
  });

  it("consent.granted: when the person allows an app, with its scopes", async () => {
    await bobAllowsNotes();
    expect(await latest("consent.granted")).toMatchObject({
      person: BOB_PERSON,
      details: { client_id: DEMO.notes.client_id, client_name: "Demo Notes" },
    });
  });

  it("consent.revoked: when the person revokes an app on Connected apps", async () => {
    const bob = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser: bob });
    expect((await bob.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE")).status).toBe(204);
    expect(await latest("consent.revoked")).toMatchObject({
      person: BOB_PERSON,
      details: { client_id: DEMO.notes.client_id },
    });
  });

  it("refresh_token.reused: a rotated refresh token presented again, with the grant it revoked", async () => {
    const tokens = await bobAllowsNotes();
    const refresh = () =>
      postToken(
        server.url,
        { grant_type: "refresh_token", refresh_token: tokens.refresh_token ?? "", ...NOTES },
        { "user-agent": "Replayer/2.0" },
      );
    expect((await refresh()).status).toBe(200);
    expect((await refresh()).status).toBe(400);
    expect(await latest("refresh_token.reused")).toMatchObject({
      portal_id: "acme",
      person: BOB_PERSON,
      address: "127.0.0.1",
      user_agent: "Replayer/2.0",
      details: { client_id: DEMO.notes.client_id, grant_id: expect.any(String) },
    });
  });

  it("client.created, client.updated, client.disabled, client.enabled, client.secret_regenerated, client.deleted", async () => {
    const alice = await acmeOwner();
    const clientId = await registerBoard(alice);
    const path = `/api/clients/${clientId}`;
    const { logo: _kept, ...settings } = BOARD;
    expect((await alice.json(path, "PUT", { ...settings, name: "Team Board 2" })).status).toBe(200);
    expect((await alice.json(path, "PATCH", { enabled: false })).status).toBe(200);
    expect((await alice.json(path, "PATCH", { enabled: true })).status).toBe(200);
    expect((await alice.json(`${path}/secret`, "POST", {})).status).toBe(200);
    expect((await alice.json(path, "DELETE")).status).toBe(204);
    const events = await auditEvents(server, alice, { person: ALICE.email });
    const ofBoard = events.filter((event) => event.details.client_id === clientId);
    expect(ofBoard.map((event) => event.event)).toEqual([
      "client.deleted",
      "client.secret_regenerated",
      "client.enabled",
      "client.disabled",
      "client.updated",
      "client.created",
    ]);
    for (const event of ofBoard) expect(event).toMatchObject({ portal_id: "acme", person: ALICE_PERSON });
    expect(ofBoard[4]?.details.client_name).toBe("Team Board 2");
  });
});
