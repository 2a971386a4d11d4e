import { type Interaction, interactionSchema } from "@gatehouse/shared";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import {
  ALICE,
  authorizeThroughSpa,
  authorizeUrl,
  CAROL,
  type Credentials,
  DEMO,
  mobileParams,
  postDecision,
  redeemAsMobile,
  redeemAsNotes,
  signedInBrowser,
  signIn,
  startInteraction,
  TestBrowser,
  tokensOf,
  useTestServer,
} from "../../test/harness.ts";

// N74: an app is its own portal's unless it is available to other portals (docs/api.md#portals-of-an-app).
// Demo Mobile is private to acme; Demo Notes, also acme's, is available to other portals.

const server = useTestServer();

const MOBILE_CALLBACK = DEMO.mobile.redirect_uris[0];

/** The authorize URL of Demo Mobile, private to acme. */
const mobileAuthorizeUrl = (params: Record<string, string> = {}) =>
  authorizeUrl(server.url, { ...mobileParams("openid files:read"), state: "mobile-state", ...params });

const signedIn = (person: Credentials) => signedInBrowser(server, person);

async function readInteraction(browser: TestBrowser, id: string): Promise<Interaction> {
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  return interactionSchema.parse(await response.json());
}

async function choosePortal(browser: TestBrowser, portalId: string, interactionId?: string) {
  return browser.json("/api/session/portal", "POST", {
    portal_id: portalId,
    ...(interactionId ? { interaction_id: interactionId } : {}),
  });
}

/** Demo Mobile's redirect URI with `access_denied`, the state and iss, and no code. */
function expectAccessDenied(location: string | null | undefined) {
  const url = new URL(location ?? "");
  expect(`${url.origin}${url.pathname}`).toBe(MOBILE_CALLBACK);
  expect(url.searchParams.get("error")).toBe("access_denied");
  expect(url.searchParams.get("state")).toBe("mobile-state");
  expect(url.searchParams.get("iss")).toBe(server.url);
  expect(url.searchParams.get("code")).toBeNull();
}

const redeemMobile = async (code: string) => tokensOf(await redeemAsMobile(server.url, code));

const mobileGrants = async () => server.store.grants.listByClient(DEMO.mobile.client_id);

describe("N74 an app private to acme cannot be granted on globex", () => {
  it("N74 offers alice only Acme in the chooser for Demo Mobile, both portals for Demo Notes", async () => {
    const browser = await signedIn(ALICE);
    const mobile = await readInteraction(browser, await startInteraction(browser, mobileAuthorizeUrl()));
    expect(mobile.step).toBe("portal");
    expect(mobile.portals).toEqual([{ id: "acme", name: "Acme" }]);

    const notes = await readInteraction(browser, await startInteraction(browser, authorizeUrl(server.url)));
    expect(notes.step).toBe("portal");
    expect(notes.portals).toEqual([
      { id: "acme", name: "Acme" },
      { id: "globex", name: "Globex" },
    ]);
  });

  it("N74 refuses alice choosing Globex for Demo Mobile with 403, and grants it on Acme only", async () => {
    const browser = await signedIn(ALICE);
    const id = await startInteraction(browser, mobileAuthorizeUrl());

    const refused = await choosePortal(browser, "globex", id);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "forbidden" });
    expect((await readInteraction(browser, id)).step).toBe("portal");
    expect(
      (await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" })).status,
    ).toBe(400);

    expect((await choosePortal(browser, "acme", id)).status).toBe(200);
    expect((await readInteraction(browser, id)).step).toBe("consent");
    const answer = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    const { redirect_to } = (await answer.json()) as { redirect_to: string };
    const tokens = await redeemMobile(new URL(redirect_to).searchParams.get("code") ?? "");
    expect(decodeJwt(tokens.access_token)).toMatchObject({ portal_id: "acme", sub: ALICE.id });
    expect((await mobileGrants()).map((grant) => grant.portal_id)).toEqual(["acme"]);
  });

  it("N74 gives a session whose current portal is Globex no code for Demo Mobile, remembered consent or not", async () => {
    const browser = new TestBrowser(server.url);
    // Alice allows Demo Mobile on acme: consent is remembered there.
    const first = await authorizeThroughSpa(server, {
      browser,
      params: mobileParams("openid files:read"),
      ...ALICE,
      portalId: "acme",
    });
    expect(first.searchParams.get("code")).toEqual(expect.any(String));
    // Then she moves her session to globex (the settings pages do that).
    expect((await choosePortal(browser, "globex")).status).toBe(200);

    const id = await startInteraction(browser, mobileAuthorizeUrl());
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("portal");
    expect(interaction.redirect_to).toBeUndefined();
    expect(interaction.portals).toEqual([{ id: "acme", name: "Acme" }]);

    const silent = await browser.fetch(mobileAuthorizeUrl({ prompt: "none" }));
    expect(silent.status).toBe(302);
    const location = new URL(silent.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("account_selection_required");
    expect(location.searchParams.get("code")).toBeNull();
    expect((await mobileGrants()).map((grant) => grant.portal_id)).toEqual(["acme"]);
  });

  it("N74 sends carol, who has no account on acme, back to the app with access_denied, state and iss", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, mobileAuthorizeUrl());
    expect((await signIn(browser, CAROL.email, CAROL.password)).status).toBe(200);

    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("done");
    expect(interaction.portals).toEqual([]);
    expectAccessDenied(interaction.redirect_to);
    // The answer stays the same, and nothing was granted.
    expectAccessDenied((await readInteraction(browser, id)).redirect_to);
    expect((await choosePortal(browser, "globex", id)).status).toBe(403);
    expect(await mobileGrants()).toEqual([]);
  });

  it("N74 answers carol access_denied also with prompt=none", async () => {
    const browser = await signedIn(CAROL);
    const response = await browser.fetch(mobileAuthorizeUrl({ prompt: "none" }));
    expect(response.status).toBe(302);
    expectAccessDenied(response.headers.get("location"));
    expect(await mobileGrants()).toEqual([]);
  });

  it("N74 answers carol access_denied when she allows without the SPA (POST /oauth2/authorize)", async () => {
    const browser = await signedIn(CAROL);
    const response = await postDecision(browser, mobileAuthorizeUrl(), "allow");
    expect(response.status).toBe(303);
    expectAccessDenied(response.headers.get("location"));
    expect(await mobileGrants()).toEqual([]);
  });

  it("N74 lets carol use Demo Notes, available to other portals, on globex", async () => {
    const landed = await authorizeThroughSpa(server, { email: CAROL.email, password: CAROL.password });
    const code = landed.searchParams.get("code") ?? "";
    const tokens = await tokensOf(await redeemAsNotes(server.url, code));
    expect(decodeJwt(tokens.access_token)).toMatchObject({ portal_id: "globex", sub: CAROL.id });
  });
});
