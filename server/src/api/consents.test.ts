import { consentListSchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { authorizeThroughSpa, signedInBrowser, startInteraction, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO, notesCard } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl, codeOf, postToken, redeemAsNotes } from "../../test/oauth-app.ts";

const server = useTestServer();

async function consentsOf(browser: TestBrowser) {
  const response = await browser.json("/api/consents", "GET");
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return consentListSchema.parse(await response.json());
}

/** Allows Demo Notes through the SPA in `browser` and redeems the code: the grant's tokens. */
async function allowNotes(
  browser: TestBrowser,
  person: { email: string; password: string },
  options: { portalId?: string; scope?: string } = {},
) {
  const landed = await authorizeThroughSpa(server, {
    browser,
    ...person,
    ...(options.portalId ? { portalId: options.portalId } : {}),
    ...(options.scope ? { params: { scope: options.scope } } : {}),
  });
  const response = await redeemAsNotes(server.url, codeOf(landed));
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

/** The second at which the frozen test clock stands, as `granted_at` shows it. */
const nowIso = () => new Date(Math.floor(server.clock() / 1000) * 1000).toISOString();

describe("GET /api/consents (docs/api.md#consents)", () => {
  it("answers 401 unauthenticated without a session", async () => {
    await expectError(await new TestBrowser(server.url).json("/api/consents", "GET"), 401, "unauthenticated");
  });

  it("answers an empty list before anything was allowed", async () => {
    expect(await consentsOf(await signedInBrowser(server, BOB))).toEqual([]);
  });

  it("lists Demo Notes with its scopes and when it was granted, once bob allowed it", async () => {
    const bob = new TestBrowser(server.url);
    await allowNotes(bob, BOB);
    const consents = await consentsOf(bob);
    expect(consents).toEqual([
      {
        client: notesCard(server.url),
        scopes: expect.any(Array),
        granted_at: nowIso(),
      },
    ]);
    expect([...(consents[0]?.scopes ?? [])].sort()).toEqual([...DEMO.notes.scopes].sort());
    const logo = await fetch(consents[0]?.client.logo_uri ?? "");
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });

  it("shows only the scopes that were granted", async () => {
    const bob = new TestBrowser(server.url);
    await allowNotes(bob, BOB, { scope: "openid files:read" });
    expect((await consentsOf(bob)).map((consent) => [...consent.scopes].sort())).toEqual([
      ["files:read", "openid"],
    ]);
  });

  it("shows a person only their own grants", async () => {
    await allowNotes(new TestBrowser(server.url), BOB);
    expect(await consentsOf(await signedInBrowser(server, ALICE, "acme"))).toEqual([]);
  });

  it("keeps portals apart: alice's grant on globex shows on globex only, and her grant on acme on acme only", async () => {
    const alice = new TestBrowser(server.url);
    await allowNotes(alice, ALICE, { portalId: "globex", scope: "openid" });
    expect((await consentsOf(alice)).map((consent) => consent.scopes)).toEqual([["openid"]]);
    expect(await consentsOf(await signedInBrowser(server, ALICE, "acme"))).toEqual([]);

    const onAcme = new TestBrowser(server.url);
    await allowNotes(onAcme, ALICE, { portalId: "acme", scope: "files:read" });
    expect((await consentsOf(onAcme)).map((consent) => consent.scopes)).toEqual([["files:read"]]);
    expect(
      (await consentsOf(await signedInBrowser(server, ALICE, "globex"))).map((consent) => consent.scopes),
    ).toEqual([["openid"]]);
  });
});

describe("DELETE /api/consents/:client_id", () => {
  it("answers 204 and ends the grant: gone from the list, its refresh token invalid_grant, its access token invalid_token", async () => {
    const bob = new TestBrowser(server.url);
    const tokens = await allowNotes(bob, BOB);

    const response = await bob.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE");
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await consentsOf(bob)).toEqual([]);

    const refreshed = await postToken(server.url, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      client_id: DEMO.notes.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    await expectError(refreshed, 400, "invalid_grant");
    const self = await fetch(`${server.url}/api/2.0/people/@self`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(self.status).toBe(401);
    expect(self.headers.get("www-authenticate")).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it("forgets the consent: the next authorization shows the consent page again", async () => {
    const bob = new TestBrowser(server.url);
    await allowNotes(bob, BOB);
    const remembered = await startInteraction(bob, authorizeUrl(server.url));
    const before = await (await bob.json(`/api/interactions/${remembered}`, "GET")).json();
    expect(before).toMatchObject({ step: "done" });

    expect((await bob.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE")).status).toBe(204);

    const id = await startInteraction(bob, authorizeUrl(server.url));
    const after = await bob.json(`/api/interactions/${id}`, "GET");
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ step: "consent" });
  });

  it("revokes only the current portal's grant", async () => {
    const onGlobex = new TestBrowser(server.url);
    const globexTokens = await allowNotes(onGlobex, ALICE, {
      portalId: "globex",
      scope: "openid accounts.self:read",
    });
    const onAcme = await signedInBrowser(server, ALICE, "acme");
    await expectError(await onAcme.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE"), 404, "not_found");
    expect(await consentsOf(onGlobex)).toHaveLength(1);
    const self = await fetch(`${server.url}/api/2.0/people/@self`, {
      headers: { authorization: `Bearer ${globexTokens.access_token}` },
    });
    expect(self.status).toBe(200);
  });

  it("answers 404 not_found for an app never granted, and for an unknown one", async () => {
    const bob = new TestBrowser(server.url);
    await allowNotes(bob, BOB);
    await expectError(await bob.json(`/api/consents/${DEMO.mobile.client_id}`, "DELETE"), 404, "not_found");
    await expectError(await bob.json("/api/consents/no-such-app", "DELETE"), 404, "not_found");
    expect(await consentsOf(bob)).toHaveLength(1);
  });

  it("answers 401 unauthenticated without a session", async () => {
    await allowNotes(new TestBrowser(server.url), BOB);
    const stranger = new TestBrowser(server.url);
    await expectError(
      await stranger.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE"),
      401,
      "unauthenticated",
    );
    expect(await consentsOf(await signedInBrowser(server, BOB))).toHaveLength(1);
  });

  it("refuses a foreign Origin with 403 and keeps the grant", async () => {
    const bob = new TestBrowser(server.url);
    await allowNotes(bob, BOB);
    const response = await bob.fetch(`/api/consents/${DEMO.notes.client_id}`, {
      method: "DELETE",
      headers: { origin: "https://evil.example" },
    });
    await expectError(response, 403, "forbidden");
    expect(await consentsOf(bob)).toHaveLength(1);
  });
});
