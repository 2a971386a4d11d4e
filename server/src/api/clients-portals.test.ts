import { clientListSchema, consentListSchema, errorBodySchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import {
  ALICE,
  authorizeThroughSpa,
  CAROL,
  type Credentials,
  codeOf,
  DEMO,
  expectAccessTokenDead,
  introspectionAsNotes,
  postToken,
  redeemAsNotes,
  signedInBrowser,
  tokensOf,
  useTestServer,
} from "../../test/harness.ts";

// N74: globex's owner never sees or changes acme's apps or consents; an app's owners decide where it is used.

const server = useTestServer();

const signedIn = (person: Credentials, portalId?: string) => signedInBrowser(server, person, portalId);

/** Demo Notes' settings as its owners last saved them, with `overrides` over them. */
async function notesSettings(overrides: Record<string, unknown>) {
  const notes = await server.store.clients.get(DEMO.notes.client_id);
  if (!notes) throw new Error("the demo data has no Demo Notes");
  return {
    name: notes.name,
    website_url: notes.website_url,
    description: notes.description,
    allow_pkce: notes.public,
    redirect_uris: notes.redirect_uris,
    allowed_origins: notes.allowed_origins,
    scopes: notes.scopes,
    allow_other_portals: notes.allow_other_portals,
    policy_url: notes.policy_url,
    terms_url: notes.terms_url,
    ...overrides,
  };
}

/** Demo Notes' tokens for alice on `portalId`. */
async function notesTokens(portalId: string) {
  const landed = await authorizeThroughSpa(server, {
    ...ALICE,
    portalId,
    params: { scope: "openid files:read" },
  });
  return tokensOf(await redeemAsNotes(server.url, codeOf(landed)));
}

const refresh = (refreshToken: string) =>
  postToken(server.url, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: DEMO.notes.client_id,
    client_secret: DEMO.notes.client_secret,
  });

describe("N74 globex's owner and acme's apps", () => {
  it("N74 never shows carol, owner of globex, acme's apps, nor lets her change them", async () => {
    const carol = await signedIn(CAROL);
    const listed = await carol.json("/api/clients", "GET");
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([]);

    const before = await server.store.clients.get(DEMO.mobile.client_id);
    for (const clientId of [DEMO.notes.client_id, DEMO.mobile.client_id]) {
      for (const [method, path, body] of [
        ["GET", `/api/clients/${clientId}`, undefined],
        ["PUT", `/api/clients/${clientId}`, await notesSettings({ name: "Taken over" })],
        ["PATCH", `/api/clients/${clientId}`, { enabled: false }],
        ["POST", `/api/clients/${clientId}/secret`, undefined],
        ["DELETE", `/api/clients/${clientId}`, undefined],
      ] as const) {
        const response = await carol.json(path, method, body);
        expect([403, 404], `${method} ${path}`).toContain(response.status);
        const text = await response.text();
        expect(text).not.toContain(clientId);
        expect(errorBodySchema.safeParse(JSON.parse(text)).success).toBe(true);
      }
    }
    expect(await server.store.clients.get(DEMO.mobile.client_id)).toEqual(before);
    expect(await server.store.clients.get(DEMO.notes.client_id)).toMatchObject({
      name: "Demo Notes",
      enabled: true,
    });
    // The demo secret still works: carol regenerated nothing.
    expect((await notesTokens("acme")).access_token).toEqual(expect.any(String));
  });

  it("N74 never shows carol acme's consents, nor lets her revoke them", async () => {
    const tokens = await notesTokens("acme");
    const carol = await signedIn(CAROL);

    const listed = await carol.json("/api/consents", "GET");
    expect(listed.status).toBe(200);
    expect(consentListSchema.parse(await listed.json())).toEqual([]);
    const revoked = await carol.json(`/api/consents/${DEMO.notes.client_id}`, "DELETE");
    expect(revoked.status).toBe(404);

    expect((await refresh(tokens.refresh_token ?? "")).status).toBe(200);
    const alice = await signedIn(ALICE, "acme");
    const aliceConsents = consentListSchema.parse(await (await alice.json("/api/consents", "GET")).json());
    expect(aliceConsents.map((consent) => consent.client.client_id)).toEqual([DEMO.notes.client_id]);
  });
});

describe("N74 an app's owners decide where it is used", () => {
  it("N74 answers allow_other_portals, true for Demo Notes and false for Demo Mobile", async () => {
    const alice = await signedIn(ALICE, "acme");
    const clients = clientListSchema.parse(await (await alice.json("/api/clients", "GET")).json());
    expect(clients.map(({ client_id, allow_other_portals }) => [client_id, allow_other_portals])).toEqual([
      [DEMO.notes.client_id, true],
      [DEMO.mobile.client_id, false],
    ]);
  });

  it("N74 making Demo Notes private ends its grants on globex and keeps those on acme", async () => {
    const onGlobex = await notesTokens("globex");
    const onAcme = await notesTokens("acme");
    const alice = await signedIn(ALICE, "acme");

    const saved = await alice.json(
      `/api/clients/${DEMO.notes.client_id}`,
      "PUT",
      await notesSettings({ allow_other_portals: false }),
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ allow_other_portals: false });

    const refused = await refresh(onGlobex.refresh_token ?? "");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_grant" });
    expect((await refresh(onAcme.refresh_token ?? "")).status).toBe(200);
  });

  it("N74 refuses a private app's tokens on another portal even where its grant outlived the rule (an upgrade's migration)", async () => {
    const onGlobex = await notesTokens("globex");
    const onAcme = await notesTokens("acme");
    // What migration 004 did to apps stored before the setting: private, their grants untouched.
    const notes = await server.store.clients.get(DEMO.notes.client_id);
    if (!notes) throw new Error("the demo data has no Demo Notes");
    await server.store.clients.update({ ...notes, allow_other_portals: false });

    await expectAccessTokenDead(server.url, onGlobex.access_token);
    expect(await introspectionAsNotes(server.url, onGlobex.refresh_token ?? "")).toEqual({ active: false });
    const refused = await refresh(onGlobex.refresh_token ?? "");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_grant" });

    expect(await introspectionAsNotes(server.url, onAcme.access_token)).toMatchObject({ active: true });
    expect(await introspectionAsNotes(server.url, onAcme.refresh_token ?? "")).toMatchObject({
      active: true,
    });
    expect((await refresh(onAcme.refresh_token ?? "")).status).toBe(200);
  });
});
