import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../browser.ts";
import { DEMO } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { authorizeUrl, postToken } from "../oauth-app.ts";
import { codeOf } from "./flows.ts";

/**
 * K56: whatever carries a token, a secret or a person's data is never cached, and is JSON in UTF-8.
 * @see RFC 6749 §5.1, RFC 6750 §5.3
 */

const JSON_UTF8 = "application/json; charset=utf-8";

const server = useTestServer();

const NOTES_AUTH = { client_id: DEMO.notes.client_id, client_secret: DEMO.notes.client_secret };

/** The answer is `status`, `Cache-Control: no-store` and JSON in UTF-8. */
function expectNoStoreJson(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toBe(JSON_UTF8);
}

async function notesTokens(): Promise<TokenResponse> {
  const code = codeOf(
    await authorizeThroughSpa(server, {
      params: { scope: "openid accounts.self:read files:read rooms:read" },
    }),
  );
  const response = await postToken(server.url, {
    grant_type: "authorization_code",
    code,
    redirect_uri: DEMO.notes.redirect_uris[0],
    ...NOTES_AUTH,
  });
  expectNoStoreJson(response, 200);
  return tokenResponseSchema.parse(await response.json());
}

const form = (path: string, body: Record<string, string>) =>
  fetch(new URL(path, server.url), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body).toString(),
  });

const bearer = (path: string, token: string, method = "GET") =>
  fetch(new URL(path, server.url), { method, headers: { authorization: `Bearer ${token}` } });

/** Alice, owner of acme, with acme chosen: she may use Developer Tools. */
async function aliceOnAcme(): Promise<TestBrowser> {
  const browser = new TestBrowser(server.url);
  expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
  expect((await browser.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
  return browser;
}

describe("K56 Cache-Control: no-store and application/json; charset=utf-8", () => {
  it("K56 POST /oauth2/token: the code exchange, the refresh and the errors", async () => {
    const tokens = await notesTokens();
    expectNoStoreJson(
      await postToken(server.url, {
        grant_type: "refresh_token",
        refresh_token: tokens.refresh_token,
        ...NOTES_AUTH,
      }),
      200,
    );
    expectNoStoreJson(
      await postToken(server.url, { grant_type: "refresh_token", refresh_token: "unknown", ...NOTES_AUTH }),
      400,
    );
    expectNoStoreJson(
      await postToken(server.url, {
        grant_type: "refresh_token",
        refresh_token: "unknown",
        client_id: DEMO.notes.client_id,
        client_secret: "wrong",
      }),
      401,
    );
  });

  it("K56 POST /oauth2/introspect: an active answer, an inactive one and a 401", async () => {
    const tokens = await notesTokens();
    expectNoStoreJson(await form("/oauth2/introspect", { token: tokens.access_token, ...NOTES_AUTH }), 200);
    expectNoStoreJson(await form("/oauth2/introspect", { token: "garbage", ...NOTES_AUTH }), 200);
    expectNoStoreJson(await form("/oauth2/introspect", { token: tokens.access_token }), 401);
  });

  it("K56 POST /oauth2/revoke answers no-store too", async () => {
    const tokens = await notesTokens();
    const revoked = await form("/oauth2/revoke", { token: tokens.refresh_token, ...NOTES_AUTH });
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get("cache-control")).toBe("no-store");
    expectNoStoreJson(await form("/oauth2/revoke", { token: tokens.refresh_token }), 401);
  });

  it("K56 GET and POST /oauth2/userinfo, and an invalid token's error", async () => {
    const tokens = await notesTokens();
    expectNoStoreJson(await bearer("/oauth2/userinfo", tokens.access_token), 200);
    expectNoStoreJson(await bearer("/oauth2/userinfo", tokens.access_token, "POST"), 200);
    expectNoStoreJson(await bearer("/oauth2/userinfo", "not.a.token"), 401);
  });

  it("K56 the DocSpace API: people/@self, files/@my, files/rooms, and an invalid token's error", async () => {
    const tokens = await notesTokens();
    for (const path of ["/api/2.0/people/@self", "/api/2.0/files/@my", "/api/2.0/files/rooms"]) {
      expectNoStoreJson(await bearer(path, tokens.access_token), 200);
    }
    expectNoStoreJson(await bearer("/api/2.0/people", tokens.access_token), 403);
    expectNoStoreJson(await bearer("/api/2.0/people/@self", "not.a.token"), 401);
  });

  it("K56 /api/session: sign-in, a wrong password, the session, the portal choice, and no session", async () => {
    const browser = new TestBrowser(server.url);
    expectNoStoreJson(await signIn(browser, "alice@example.com", "wrong"), 401);
    expectNoStoreJson(await browser.json("/api/session", "GET"), 401);
    expectNoStoreJson(await signIn(browser, "alice@example.com", "Alice-Pa55!"), 200);
    expectNoStoreJson(await browser.json("/api/session", "GET"), 200);
    expectNoStoreJson(await browser.json("/api/session/portal", "POST", { portal_id: "acme" }), 200);
  });

  it("K56 /api/interactions/:id, its consent, and an unknown one", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
    expectNoStoreJson(await browser.json(`/api/interactions/${id}`, "GET"), 200);
    await signIn(browser, "bob@example.com", "Bob-Pa55!");
    expectNoStoreJson(
      await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" }),
      200,
    );
    expectNoStoreJson(await browser.json(`/api/interactions/${id}`, "GET"), 200);
    expectNoStoreJson(await browser.json("/api/interactions/AAAAAAAAAAAAAAAAAAAAAAAA", "GET"), 404);
  });

  it("K56 /api/clients: the list, one app, a new secret, and a non-admin's 403", async () => {
    const alice = await aliceOnAcme();
    expectNoStoreJson(await alice.json("/api/clients", "GET"), 200);
    expectNoStoreJson(await alice.json(`/api/clients/${DEMO.notes.client_id}`, "GET"), 200);
    expectNoStoreJson(await alice.json(`/api/clients/${DEMO.notes.client_id}/secret`, "POST"), 200);
    const bob = new TestBrowser(server.url);
    await signIn(bob, "bob@example.com", "Bob-Pa55!");
    expectNoStoreJson(await bob.json("/api/clients", "GET"), 403);
  });

  it("K56 /api/consents: the list, and no session", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, params: { scope: "openid" } });
    expectNoStoreJson(await browser.json("/api/consents", "GET"), 200);
    expectNoStoreJson(await new TestBrowser(server.url).json("/api/consents", "GET"), 401);
  });
});
