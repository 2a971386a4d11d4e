import {
  errorBodySchema,
  type Interaction,
  interactionSchema,
  redirectAnswerSchema,
  scopeDefinition,
} from "@gatehouse/shared";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO, NOTES_CALLBACK, notesCard } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { type AuthorizeParams, authorizeUrl, redeemAsNotes, tokensOf } from "../../test/oauth-app.ts";
import { storeTables } from "../../test/store-files.ts";

const server = useTestServer();

async function readInteraction(browser: TestBrowser, id: string): Promise<Interaction> {
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return interactionSchema.parse(await response.json());
}

/** Moves the frozen clock to the start of the next second, to place instants within one second. */
function startOfSecond() {
  server.clock.advance((1000 - (server.clock() % 1000)) / 1000);
}

async function start(browser: TestBrowser, params: AuthorizeParams = {}) {
  return startInteraction(browser, authorizeUrl(server.url, { scope: "openid files:read", ...params }));
}

/** A new browser and the interaction its authorization request (with `params`) started. */
async function freshInteraction(params: AuthorizeParams = {}) {
  const browser = new TestBrowser(server.url);
  return { browser, id: await start(browser, params) };
}

/** A browser that has been through one whole authorization already (`options` as `authorizeThroughSpa` takes them). */
async function consentedBrowser(options: Omit<Parameters<typeof authorizeThroughSpa>[1], "browser"> = {}) {
  const browser = new TestBrowser(server.url);
  await authorizeThroughSpa(server, { browser, ...options });
  return browser;
}

/** A consented browser whose sign-in fell 0.1 s into a second; the clock then moves on `later` seconds. */
async function signedInTenthIntoSecond(later: number) {
  startOfSecond();
  server.clock.advance(0.1);
  const browser = await consentedBrowser();
  server.clock.advance(later);
  return browser;
}

/** The interaction waits on consent, showing `lines` as [scope, marked new]. */
function expectConsentLines(interaction: Interaction, lines: [string, boolean][]) {
  expect(interaction.step).toBe("consent");
  expect(interaction.scopes.map((line) => [line.name, line.new])).toEqual(lines);
}

async function expectNotFound(response: Response) {
  expect(response.status).toBe(404);
  expect(errorBodySchema.parse(await response.json()).error).toBe("not_found");
}

async function signInAs(browser: TestBrowser, who: { email: string; password: string }) {
  const response = await signIn(browser, who.email, who.password);
  expect(response.status).toBe(200);
}

async function choosePortal(browser: TestBrowser, portalId: string) {
  const response = await browser.json("/api/session/portal", "POST", { portal_id: portalId });
  expect(response.status).toBe(200);
}

async function consent(browser: TestBrowser, id: string, decision: "allow" | "deny" = "allow") {
  const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision });
  expect(response.status).toBe(200);
  return new URL(redirectAnswerSchema.parse(await response.json()).redirect_to);
}

/** The app's redirect URI with a code, the state and iss; answers the code. */
function expectCodeRedirect(redirectTo: string | URL | undefined, state = "state-123"): string {
  const url = new URL(redirectTo ?? "");
  expect(`${url.origin}${url.pathname}`).toBe(NOTES_CALLBACK);
  expect(url.searchParams.get("state")).toBe(state);
  expect(url.searchParams.get("iss")).toBe(server.url);
  expect(url.searchParams.get("error")).toBeNull();
  const code = url.searchParams.get("code");
  expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return code ?? "";
}

const redeem = async (code: string) => tokensOf(await redeemAsNotes(server.url, code));

async function storedCodeCount(): Promise<number> {
  const tables = await storeTables(server.dataDir);
  return Object.keys(tables.codes ?? {}).length;
}

const notesGrant = (userId: string, portalId = "acme") =>
  server.store.grants.find(userId, portalId, DEMO.notes.client_id);

describe("GET /api/interactions/:id — the steps of docs/api.md#interactions", () => {
  it("walks alice from login through the portal chooser and consent to done", async () => {
    const { browser, id } = await freshInteraction({
      scope: "openid accounts.self:read files:write files:read",
    });

    const login = await readInteraction(browser, id);
    expect(login).toMatchObject({ id, step: "login" });
    expect(login.user).toBeUndefined();
    expect(login.redirect_to).toBeUndefined();

    await signInAs(browser, ALICE);
    const portal = await readInteraction(browser, id);
    expect(portal.step).toBe("portal");
    expect(portal.portals).toEqual([
      { id: "acme", name: "Acme" },
      { id: "globex", name: "Globex" },
    ]);
    expect(portal.user).toEqual({
      email: ALICE.email,
      display_name: "Alice Example",
      portal: null,
      role: null,
    });

    await choosePortal(browser, "acme");
    const consentStep = await readInteraction(browser, id);
    expect(consentStep.step).toBe("consent");
    expect(consentStep.redirect_to).toBeUndefined();
    expect(consentStep.client).toEqual(notesCard(server.url));
    // One line per group, its strongest scope worded as the catalogue words it (docs/scopes.md#groups);
    // nothing is new before a first consent.
    expect(consentStep.scopes).toEqual(
      (["accounts.self:read", "files:write", "openid"] as const).map((name) => {
        const { group, description } = scopeDefinition(name);
        return { name, group, description, new: false };
      }),
    );
    expect(consentStep.user).toEqual({
      email: ALICE.email,
      display_name: "Alice Example",
      portal: { id: "acme", name: "Acme" },
      role: "owner",
    });

    const redirectTo = await consent(browser, id);
    const done = await readInteraction(browser, id);
    expect(done.step).toBe("done");
    expect(done.redirect_to).toBe(redirectTo.href);
    expectCodeRedirect(done.redirect_to);
  });

  it("serves the app's icon at the logo_uri it answers", async () => {
    const { browser, id } = await freshInteraction();
    const { client } = await readInteraction(browser, id);
    const logo = await fetch(client.logo_uri);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });

  it("echoes the login_hint for the sign-in page", async () => {
    const { browser, id } = await freshInteraction({ login_hint: "bob@example.com" });
    expect((await readInteraction(browser, id)).login_hint).toBe("bob@example.com");
  });

  it("takes bob, who has one portal, from login straight to consent", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("consent");
    expect(interaction.user).toMatchObject({ email: BOB.email, portal: { id: "acme", name: "Acme" } });
    expect(interaction.portals).toEqual([{ id: "acme", name: "Acme" }]);
  });

  it("gives the grant and its tokens to the portal chosen: alice on globex gets portal_id globex", async () => {
    const back = await authorizeThroughSpa(server, {
      email: ALICE.email,
      password: ALICE.password,
      portalId: "globex",
      params: { scope: "openid files:read" },
    });
    const tokens = await redeem(expectCodeRedirect(back));
    expect(decodeJwt(tokens.access_token)).toMatchObject({ portal_id: "globex", sub: ALICE.id });
    expect(await notesGrant(ALICE.id, "globex")).toMatchObject({ scopes: ["files:read", "openid"] });
    expect(await notesGrant(ALICE.id, "acme")).toBeNull();
  });

  it("answers 404 not_found for an unknown interaction id", async () => {
    const browser = new TestBrowser(server.url);
    await start(browser);
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "..%2F..%2Fetc"]) {
      const response = await browser.json(`/api/interactions/${id}`, "GET");
      await expectNotFound(response);
    }
  });

  it("answers 404 once the interaction has expired (30 minutes)", async () => {
    const { browser, id } = await freshInteraction();
    server.clock.advance(29 * 60);
    expect((await browser.json(`/api/interactions/${id}`, "GET")).status).toBe(200);
    server.clock.advance(2 * 60);
    const response = await browser.json(`/api/interactions/${id}`, "GET");
    await expectNotFound(response);
  });

  it("refuses consent for an expired interaction with 404 and no grant", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    server.clock.advance(31 * 60);
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(response.status).toBe(404);
    expect(await notesGrant(BOB.id)).toBeNull();
  });
});

describe("remembered consent", () => {
  it("goes straight to done when the earlier grant covers the same scopes", async () => {
    const browser = await consentedBrowser();
    const id = await start(browser, { state: "second" });
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("done");
    const code = expectCodeRedirect(interaction.redirect_to, "second");
    expect((await redeem(code)).scope).toBe("files:read openid");
  });

  it("goes straight to done for fewer scopes than were granted", async () => {
    const browser = await consentedBrowser({ params: { scope: "openid files:write rooms:read" } });
    const id = await start(browser, { scope: "files:read" });
    expect((await readInteraction(browser, id)).step).toBe("done");
  });

  it("answers the same redirect_to on every read of a done interaction", async () => {
    const browser = await consentedBrowser();
    const id = await start(browser);
    const first = await readInteraction(browser, id);
    const second = await readInteraction(browser, id);
    expect(second.redirect_to).toBe(first.redirect_to);
    expect(await storedCodeCount()).toBe(2);
  });

  it("shows consent again for prompt=consent, with nothing marked new", async () => {
    const browser = await consentedBrowser();
    const id = await start(browser, { prompt: "consent" });
    expectConsentLines(await readInteraction(browser, id), [
      ["files:read", false],
      ["openid", false],
    ]);
    expectCodeRedirect(await consent(browser, id));
  });

  it("marks only the new lines new when the app asks for more than was granted", async () => {
    const browser = await consentedBrowser({ params: { scope: "openid files:read" } });
    const id = await start(browser, { scope: "openid files:write rooms:read accounts.self:read" });
    expectConsentLines(await readInteraction(browser, id), [
      ["accounts.self:read", true],
      ["files:write", true],
      ["rooms:read", true],
      ["openid", false],
    ]);
  });

  it("adds the new scopes to the grant on allow, keeping the earlier ones", async () => {
    const browser = await consentedBrowser({ params: { scope: "openid files:read" } });
    const id = await start(browser, { scope: "rooms:read" });
    await consent(browser, id);
    expect((await notesGrant(BOB.id))?.scopes).toEqual(["files:read", "rooms:read", "openid"]);
  });

  it("remembers consent per portal: alice's grant on acme does not skip consent on globex", async () => {
    const browser = await consentedBrowser({ email: ALICE.email, password: ALICE.password });
    server.clock.advance(5);
    const id = await start(browser, { prompt: "select_account" });
    await choosePortal(browser, "globex");
    expect((await readInteraction(browser, id)).step).toBe("consent");
  });

  it("remembers consent per user: bob's grant does not skip alice's consent", async () => {
    const browser = await consentedBrowser();
    expect((await browser.json("/api/session", "DELETE")).status).toBe(204);
    const id = await start(browser);
    await signInAs(browser, ALICE);
    await choosePortal(browser, "acme");
    expect((await readInteraction(browser, id)).step).toBe("consent");
  });
});

describe("prompt=login and prompt=select_account", () => {
  it("B15 asks for the password again with prompt=login, then proceeds", async () => {
    const browser = await consentedBrowser();
    server.clock.advance(60);
    const id = await start(browser, { prompt: "login" });
    expect((await readInteraction(browser, id)).step).toBe("login");
    await signInAs(browser, BOB);
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("done");
    const tokens = await redeem(expectCodeRedirect(interaction.redirect_to));
    // the new sign-in is the one the tokens report
    expect(decodeJwt(tokens.id_token ?? "").auth_time).toBe(Math.floor(server.clock() / 1000));
  });

  it("B15 asks for the password with prompt=login right after a sign-in at the same instant, and proceeds after one for the request", async () => {
    const browser = new TestBrowser(server.url);
    await signInAs(browser, BOB);
    await authorizeThroughSpa(server, { browser });
    const id = await start(browser, { prompt: "login" });
    expect((await readInteraction(browser, id)).step).toBe("login");
    await signInAs(browser, BOB);
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("done");
    expectCodeRedirect(interaction.redirect_to);
  });

  it("B15 never counts a sign-in earlier in the same second for prompt=login", async () => {
    const browser = await signedInTenthIntoSecond(0.5);
    const id = await start(browser, { prompt: "login" });
    expect((await readInteraction(browser, id)).step).toBe("login");
  });

  it("B15 asks for the password again when the sign-in is older than max_age, judged in milliseconds", async () => {
    const browser = await signedInTenthIntoSecond(60.5);
    const id = await start(browser, { max_age: "60" });
    expect((await readInteraction(browser, id)).step).toBe("login");
    await signInAs(browser, BOB);
    expectCodeRedirect((await readInteraction(browser, id)).redirect_to);
  });

  it("B15 lets a sign-in within max_age stand, and max_age=0 at the same instant", async () => {
    const browser = await consentedBrowser();
    expect((await readInteraction(browser, await start(browser, { max_age: "0" }))).step).toBe("done");
    server.clock.advance(59.9);
    expect((await readInteraction(browser, await start(browser, { max_age: "60" }))).step).toBe("done");
    expect((await readInteraction(browser, await start(browser, { max_age: "59" }))).step).toBe("login");
  });

  it("refuses consent while prompt=login still waits for the password", async () => {
    const browser = new TestBrowser(server.url);
    await signInAs(browser, BOB);
    server.clock.advance(60);
    const id = await start(browser, { prompt: "login" });
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(response.status).toBe(400);
    expect(await notesGrant(BOB.id)).toBeNull();
  });

  it("shows the chooser again with prompt=select_account, and the grant follows the new choice", async () => {
    const browser = await consentedBrowser({ email: ALICE.email, password: ALICE.password });
    server.clock.advance(60);
    const id = await start(browser, { prompt: "select_account" });
    expect((await readInteraction(browser, id)).step).toBe("portal");
    await choosePortal(browser, "globex");
    const interaction = await readInteraction(browser, id);
    expect(interaction.step).toBe("consent");
    expect(interaction.user?.portal).toEqual({ id: "globex", name: "Globex" });
    const tokens = await redeem(expectCodeRedirect(await consent(browser, id)));
    expect(decodeJwt(tokens.access_token).portal_id).toBe("globex");
  });

  it("shows the chooser for prompt=select_account though a portal was chosen earlier in the same second", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, email: ALICE.email, password: ALICE.password });
    // At the start of a second, so the choice and the request share it: judged in milliseconds.
    server.clock.advance((1000 - (server.clock() % 1000)) / 1000);
    await choosePortal(browser, "acme");
    server.clock.advance(0.5);
    const id = await start(browser, { prompt: "select_account" });
    expect((await readInteraction(browser, id)).step).toBe("portal");
  });

  it("skips the chooser for prompt=select_account when the person has one portal", async () => {
    const browser = await consentedBrowser();
    server.clock.advance(60);
    const id = await start(browser, { prompt: "select_account" });
    expect((await readInteraction(browser, id)).step).toBe("done");
  });
});

describe("POST /api/interactions/:id/consent", () => {
  it("answers deny with a redirect_to carrying access_denied, state and iss, and grants nothing", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const redirectTo = await consent(browser, id, "deny");
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(NOTES_CALLBACK);
    expect(redirectTo.searchParams.get("error")).toBe("access_denied");
    expect(redirectTo.searchParams.get("state")).toBe("state-123");
    expect(redirectTo.searchParams.get("iss")).toBe(server.url);
    expect(redirectTo.searchParams.get("code")).toBeNull();
    expect(await notesGrant(BOB.id)).toBeNull();
    const done = await readInteraction(browser, id);
    expect(done).toMatchObject({ step: "done", redirect_to: redirectTo.href });
  });

  it("B13 issues exactly one code when consent is sent twice", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    await consent(browser, id);
    const again = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(again.status).toBe(400);
    expect(errorBodySchema.parse(await again.json()).error).toBe("invalid_request");
    expect(await storedCodeCount()).toBe(1);
  });

  it("B13 issues exactly one code when two consents race", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const answers = await Promise.all(
      [1, 2, 3].map(() => browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" })),
    );
    const codes = new Set<string>();
    for (const answer of answers) {
      if (answer.status === 200) {
        codes.add(expectCodeRedirect(redirectAnswerSchema.parse(await answer.json()).redirect_to));
      } else {
        expect(answer.status).toBe(400);
      }
    }
    expect(codes.size).toBe(1);
    expect(await storedCodeCount()).toBe(1);
  });

  it("B12 refuses another browser with 403 and grants nothing", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);

    const other = new TestBrowser(server.url);
    await start(other);
    await signInAs(other, BOB);
    expect(other.cookies.get("gatehouse_browser")).not.toBe(browser.cookies.get("gatehouse_browser"));
    const read = await other.json(`/api/interactions/${id}`, "GET");
    expect(read.status).toBe(403);
    expect(errorBodySchema.parse(await read.json()).error).toBe("forbidden");
    const decided = await other.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(decided.status).toBe(403);
    expect(await notesGrant(BOB.id)).toBeNull();
    expect(await storedCodeCount()).toBe(0);
  });

  it("B12 refuses a browser without the interaction's cookie, even with the right session, with 403", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const stranger = new TestBrowser(server.url);
    const session = browser.cookies.get("gatehouse_session") ?? "";
    stranger.cookies.set("gatehouse_session", session);
    expect((await stranger.json(`/api/interactions/${id}`, "GET")).status).toBe(403);
    expect(
      (await stranger.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" })).status,
    ).toBe(403);
    expect(await notesGrant(BOB.id)).toBeNull();
  });

  it("B11 refuses a body that is not JSON with 415 and grants nothing", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await browser.fetch(`/api/interactions/${id}/consent`, {
        method: "POST",
        headers: { "content-type": contentType, origin: server.url },
        body: contentType === "text/plain" ? JSON.stringify({ decision: "allow" }) : "decision=allow",
      });
      expect(response.status).toBe(415);
      expect(errorBodySchema.parse(await response.json()).error).toBe("unsupported_media_type");
    }
    expect(await notesGrant(BOB.id)).toBeNull();
    expect((await readInteraction(browser, id)).step).toBe("consent");
  });

  it("B11 refuses a foreign Origin with 403 and grants nothing", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const response = await browser.fetch(`/api/interactions/${id}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ decision: "allow" }),
    });
    expect(response.status).toBe(403);
    expect(errorBodySchema.parse(await response.json()).error).toBe("forbidden");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await notesGrant(BOB.id)).toBeNull();
    expect(await storedCodeCount()).toBe(0);
  });

  it("refuses a decision other than allow or deny with 400 invalid_request", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, BOB);
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "yes" });
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_request");
    expect(await notesGrant(BOB.id)).toBeNull();
  });

  it("refuses consent before sign-in with 401 unauthenticated", async () => {
    const { browser, id } = await freshInteraction();
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(response.status).toBe(401);
    expect(errorBodySchema.parse(await response.json()).error).toBe("unauthenticated");
  });

  it("refuses consent before alice chose a portal with 400 invalid_request", async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, ALICE);
    const response = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(response.status).toBe(400);
    expect(await notesGrant(ALICE.id)).toBeNull();
  });

  it('"Change profile" signs out with DELETE /api/session, then the interaction asks for login', async () => {
    const { browser, id } = await freshInteraction();
    await signInAs(browser, ALICE);
    await choosePortal(browser, "acme");
    expect((await readInteraction(browser, id)).step).toBe("consent");

    expect((await browser.json("/api/session", "DELETE")).status).toBe(204);
    const login = await readInteraction(browser, id);
    expect(login.step).toBe("login");
    expect(login.user).toBeUndefined();

    await signInAs(browser, BOB);
    const consentStep = await readInteraction(browser, id);
    expect(consentStep.step).toBe("consent");
    expect(consentStep.user?.email).toBe(BOB.email);
    const tokens = await redeem(expectCodeRedirect(await consent(browser, id)));
    expect(decodeJwt(tokens.access_token).sub).toBe(BOB.id);
    expect(await notesGrant(ALICE.id)).toBeNull();
  });
});
