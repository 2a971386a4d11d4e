import { type Interaction, interactionSchema } from "@gatehouse/shared";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../test/audit.ts";
import {
  ALICE,
  type AuthorizeParams,
  authorizeUrl,
  BOB,
  CAROL,
  type Credentials,
  codeOf,
  NOTES_CALLBACK,
  postDecision,
  redeemAsNotes,
  signedInBrowser,
  signIn,
  startInteraction,
  type TestBrowser,
  tokensOf,
  useTestServer,
} from "../../test/harness.ts";

// #18: an interaction acts for the account picked for it among those signed in (docs/api.md#several-accounts).

const server = useTestServer();

const ACME = { id: "acme", name: "Acme" };
const GLOBEX = { id: "globex", name: "Globex" };

async function readInteraction(browser: TestBrowser, id: string): Promise<Interaction> {
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  return interactionSchema.parse(await response.json());
}

/** A browser signed in as alice, then bob (bob active), a minute later: the request comes after both. */
async function aliceAndBob(): Promise<TestBrowser> {
  const browser = await signedInBrowser(server, ALICE);
  expect((await signIn(browser, BOB.email, BOB.password)).status).toBe(200);
  server.clock.advance(60);
  return browser;
}

const start = (browser: TestBrowser, params: AuthorizeParams = {}) =>
  startInteraction(browser, authorizeUrl(server.url, { scope: "openid profile", ...params }));

const pick = (browser: TestBrowser, interactionId: string, account: string, portalId: string) =>
  browser.json("/api/session/portal", "POST", {
    portal_id: portalId,
    account,
    interaction_id: interactionId,
  });

async function allow(browser: TestBrowser, id: string): Promise<URL> {
  const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
  expect(response.status).toBe(200);
  return new URL(((await response.json()) as { redirect_to: string }).redirect_to);
}

/** The `sub` and `portal_id` the code's tokens carry. */
async function subjectOf(back: URL) {
  const tokens = await tokensOf(await redeemAsNotes(server.url, codeOf(back)));
  return { sub: decodeJwt(tokens.access_token).sub, portal_id: decodeJwt(tokens.access_token).portal_id };
}

/** An ID token Demo Notes got for `person` in a browser of their own. */
async function idTokenFor(person: Credentials, portalId: string): Promise<string> {
  const browser = await signedInBrowser(server, person, portalId);
  const id = await start(browser);
  const back = (await readInteraction(browser, id)).step === "done" ? null : await allow(browser, id);
  const tokens = await tokensOf(await redeemAsNotes(server.url, codeOf(back ?? new URL(NOTES_CALLBACK))));
  if (!tokens.id_token) throw new Error("no ID token");
  return tokens.id_token;
}

/** Where a `prompt=none` request of Demo Notes is answered, with `extra` parameters. */
async function silently(browser: TestBrowser, extra: Record<string, string> = {}): Promise<URL> {
  const url = new URL(authorizeUrl(server.url, { scope: "openid profile", prompt: "none" }));
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  const response = await browser.fetch(url.href);
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") ?? "");
}

describe("the chooser of (account × portal) pairs", () => {
  it("lists alice's two portals and bob's one, and picks nobody for the app", async () => {
    const browser = await aliceAndBob();
    const interaction = await readInteraction(browser, await start(browser));
    expect(interaction.step).toBe("portal");
    expect(interaction.user).toBeUndefined();
    expect(interaction.accounts).toEqual([
      { user_id: BOB.id, email: BOB.email, display_name: "Bob Example", portals: [ACME] },
      { user_id: ALICE.id, email: ALICE.email, display_name: "Alice Example", portals: [ACME, GLOBEX] },
    ]);
  });

  it("issues bob's code when bob is picked, though alice is made active in another tab meanwhile", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    expect((await pick(browser, id, BOB.id, "acme")).status).toBe(200);
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("consent");
    expect(interaction.user?.email).toBe(BOB.email);
    // Another tab switches the browser to alice on globex.
    expect(
      (await browser.json("/api/session/portal", "POST", { portal_id: "globex", account: ALICE.id })).status,
    ).toBe(200);
    expect((await readInteraction(browser, id)).user?.email).toBe(BOB.email);
    expect(await subjectOf(await allow(browser, id))).toEqual({ sub: BOB.id, portal_id: "acme" });
    // The decision is audited for bob, the account it was made for.
    const granted = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      event: "consent.granted",
    });
    expect(granted.map((event) => event.person?.user_id)).toEqual([BOB.id]);
  });

  it("issues alice's code on the portal picked with her", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    expect((await pick(browser, id, ALICE.id, "globex")).status).toBe(200);
    expect(await subjectOf(await allow(browser, id))).toEqual({ sub: ALICE.id, portal_id: "globex" });
  });

  it("refuses consent while no account is picked", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(response.status).toBe(400);
  });

  it("answers 401 for picking an account not signed in here", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    expect((await pick(browser, id, CAROL.id, "globex")).status).toBe(401);
    expect((await readInteraction(browser, id)).step).toBe("portal");
  });

  it("'Change profile' goes back to the chooser, and a new pick wins", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    await pick(browser, id, BOB.id, "acme");
    expect((await browser.json(`/api/interactions/${id}/account`, "POST", {})).status).toBe(204);
    const again = await readInteraction(browser, id);
    expect(again.step).toBe("portal");
    expect(again.user).toBeUndefined();
    await pick(browser, id, ALICE.id, "acme");
    expect(await subjectOf(await allow(browser, id))).toEqual({ sub: ALICE.id, portal_id: "acme" });
  });

  it("B: the account list and the choice stay with the browser that started the interaction", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser);
    const other = await signedInBrowser(server, CAROL);
    expect((await other.json(`/api/interactions/${id}`, "GET")).status).toBe(403);
    expect((await pick(other, id, CAROL.id, "globex")).status).toBe(403);
    expect((await other.json(`/api/interactions/${id}/account`, "POST", {})).status).toBe(403);
  });

  it("'Use another account': a sign-in during the interaction picks the new account", async () => {
    const browser = await signedInBrowser(server, BOB);
    server.clock.advance(60);
    const id = await start(browser);
    expect((await readInteraction(browser, id)).user?.email).toBe(BOB.email);
    expect((await signIn(browser, CAROL.email, CAROL.password)).status).toBe(200);
    const interaction = await readInteraction(browser, id);
    expect(interaction.user?.email).toBe(CAROL.email);
    expect(interaction.accounts?.map((account) => account.email)).toEqual([CAROL.email, BOB.email]);
    expect(await subjectOf(await allow(browser, id))).toEqual({ sub: CAROL.id, portal_id: "globex" });
  });
});

describe("login_hint and prompt=select_account", () => {
  it("preselects the account login_hint names", async () => {
    const browser = await aliceAndBob();
    const interaction = await readInteraction(
      browser,
      await start(browser, { login_hint: "BOB@example.com" }),
    );
    expect(interaction.step).toBe("consent");
    expect(interaction.user?.email).toBe(BOB.email);
  });

  it("preselects alice by her hint, asking only for her portal", async () => {
    const browser = await aliceAndBob();
    const interaction = await readInteraction(browser, await start(browser, { login_hint: ALICE.email }));
    expect(interaction.step).toBe("portal");
    expect(interaction.user?.email).toBe(ALICE.email);
    expect(interaction.portals).toEqual([ACME, GLOBEX]);
  });

  it("preselects the account an id_token_hint names; a hint naming someone not here asks for a sign-in", async () => {
    const bobsToken = await idTokenFor(BOB, "acme");
    const carolsToken = await idTokenFor(CAROL, "globex");
    const browser = await aliceAndBob();
    expect((await signIn(browser, ALICE.email, ALICE.password)).status).toBe(200); // alice active again
    server.clock.advance(60);
    const hinted = await readInteraction(browser, await start(browser, { id_token_hint: bobsToken }));
    // Bob granted Demo Notes these scopes before: remembered consent answers at once, for bob.
    expect(hinted.step).toBe("done");
    expect(await subjectOf(new URL(hinted.redirect_to ?? ""))).toEqual({ sub: BOB.id, portal_id: "acme" });
    expect((await readInteraction(browser, await start(browser, { id_token_hint: carolsToken }))).step).toBe(
      "login",
    );
    // A hint that is not ours names nobody: the chooser, as without a hint.
    const [header, payload, signature] = bobsToken.split(".");
    const edited = await readInteraction(
      browser,
      await start(browser, { id_token_hint: `${header}.${payload}x.${signature}` }),
    );
    expect(edited.step).toBe("portal");
    expect(edited.user).toBeUndefined();
  });

  it("asks for a sign-in, the email filled, when the hint names nobody signed in here", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser, { login_hint: CAROL.email });
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("login");
    expect(interaction.login_hint).toBe(CAROL.email);
    expect((await signIn(browser, CAROL.email, CAROL.password)).status).toBe(200);
    expect((await readInteraction(browser, id)).user?.email).toBe(CAROL.email);
  });

  it("shows the chooser for prompt=select_account though the hint names bob", async () => {
    const browser = await aliceAndBob();
    const id = await start(browser, { login_hint: BOB.email, prompt: "select_account" });
    expect((await readInteraction(browser, id)).step).toBe("portal");
    await pick(browser, id, BOB.id, "acme");
    expect((await readInteraction(browser, id)).step).toBe("consent");
  });
});

describe("prompt=none with several accounts", () => {
  it("answers account_selection_required without a hint", async () => {
    const browser = await aliceAndBob();
    expect((await silently(browser)).searchParams.get("error")).toBe("account_selection_required");
  });

  it("answers for the account login_hint names, or login_required for one not signed in", async () => {
    await idTokenFor(BOB, "acme"); // bob's consent is remembered
    const browser = await aliceAndBob();
    expect(await subjectOf(await silently(browser, { login_hint: BOB.email }))).toEqual({
      sub: BOB.id,
      portal_id: "acme",
    });
    expect((await silently(browser, { login_hint: CAROL.email })).searchParams.get("error")).toBe(
      "login_required",
    );
  });

  it("never tells an app by login_hint that someone who never granted it is signed in here", async () => {
    const browser = await aliceAndBob();
    // Alice is signed in but never used Demo Notes: the answer is as if she were not signed in.
    expect((await silently(browser, { login_hint: ALICE.email })).searchParams.get("error")).toBe(
      "login_required",
    );
    expect((await silently(browser, { login_hint: "nobody@example.com" })).searchParams.get("error")).toBe(
      "login_required",
    );
  });

  it("answers a decision posted without the SPA with account_selection_required", async () => {
    const browser = await aliceAndBob();
    const response = await postDecision(browser, authorizeUrl(server.url, { scope: "openid" }), "allow");
    expect(response.status).toBe(303);
    const back = new URL(response.headers.get("location") ?? "");
    expect(back.searchParams.get("error")).toBe("account_selection_required");
    expect(back.searchParams.get("code")).toBeNull();
  });

  it("answers for the account id_token_hint names, and login_required for anyone else or a bad hint", async () => {
    const bobsToken = await idTokenFor(BOB, "acme");
    const carolsToken = await idTokenFor(CAROL, "globex");
    const browser = await aliceAndBob();
    expect(await subjectOf(await silently(browser, { id_token_hint: bobsToken }))).toEqual({
      sub: BOB.id,
      portal_id: "acme",
    });
    const [header, payload, signature] = bobsToken.split(".");
    const edited = `${header}.${payload}x.${signature}`;
    for (const hint of [carolsToken, edited, "garbage"]) {
      expect((await silently(browser, { id_token_hint: hint })).searchParams.get("error")).toBe(
        "login_required",
      );
    }
  });
});
