import express from "express";
import session from "express-session";
import { type BaseClient, generators, Issuer, TokenSet, type TokenSetParameters } from "openid-client-5";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectRotated, refreshThroughApp, signInThroughGatehouse } from "../support/cookie-app.ts";
import { HttpBrowser } from "../support/http-browser.ts";
import { registerApp } from "../support/register-app.ts";
import { openRelyingParty, type RelyingParty } from "../support/relying-party.ts";
import { authorizationRequest, signingAlgorithm } from "../support/tokens.ts";

/** The run's Gatehouse (support/global-setup.ts); this file registers its own app there. */
const issuer = inject("issuer");
let rp: RelyingParty;

interface Visit {
  /** Between /login and /callback: what the callback must check (RFC 7636 §4.5, RFC 6749 §10.12). */
  pending?: { code_verifier: string; state: string };
  tokens?: TokenSetParameters;
}

/**
 * openid-client 5 (node-openid-client's classic API, still under many apps): `Issuer.discover`,
 * a Client with id, secret and redirect URI, and the calls its README shows for code + PKCE.
 */
function openidClientApp(client: BaseClient) {
  // The app's sessions by express-session's id: all it needs to remember about each browser.
  const visits = new Map<string, Visit>();
  const visitOf = (id: string): Visit => {
    const visit = visits.get(id) ?? {};
    visits.set(id, visit);
    return visit;
  };
  const tokensOf = (id: string): TokenSet => new TokenSet(visitOf(id).tokens);

  const app = express();
  app.use(session({ secret: crypto.randomUUID(), resave: false, saveUninitialized: true }));
  app.get("/login", (req, res) => {
    const pending = { code_verifier: generators.codeVerifier(), state: generators.state() };
    visitOf(req.sessionID).pending = pending;
    res.redirect(
      client.authorizationUrl({
        // Its default is `openid` alone; the README's example asks for the profile and email as well.
        scope: "openid email profile",
        code_challenge: generators.codeChallenge(pending.code_verifier),
        code_challenge_method: "S256",
        state: pending.state,
      }),
    );
  });
  app.get("/callback", async (req, res) => {
    const visit = visitOf(req.sessionID);
    const tokens = await client.callback(`${rp.url}/callback`, client.callbackParams(req), visit.pending);
    visit.pending = undefined;
    visit.tokens = { ...tokens };
    res.redirect("/");
  });
  app.get("/", (_req, res) => {
    res.type("text").send("signed in");
  });
  app.get("/me", async (req, res) => {
    const tokens = tokensOf(req.sessionID);
    res.json({
      user: tokens.claims(),
      userinfo: await client.userinfo(tokens),
      id_token_alg: signingAlgorithm(tokens.id_token ?? ""),
    });
  });
  app.post("/refresh", async (req, res) => {
    const before = tokensOf(req.sessionID);
    const after = await client.refresh(before);
    visitOf(req.sessionID).tokens = { ...after };
    res.json({ before, after });
  });
  return app;
}

beforeAll(async () => {
  rp = await openRelyingParty();
  const registered = await registerApp(issuer, {
    name: "openid-client 5",
    redirect_uris: [`${rp.url}/callback`],
    allowed_origins: [rp.url],
  });
  const discovered = await Issuer.discover(issuer);
  const client = new discovered.Client({
    client_id: registered.client_id,
    client_secret: registered.client_secret,
    redirect_uris: [`${rp.url}/callback`],
  });
  rp.serve(openidClientApp(client));
});
afterAll(() => rp?.stop());

describe("openid-client 5 (Issuer.discover and Client) with its defaults", () => {
  const browser = new HttpBrowser();

  it("signs a person in with code + PKCE and its default RS256 ID token algorithm", async () => {
    await browser.navigate(`${rp.url}/login`);
    expect(authorizationRequest(browser.history, issuer).get("code_challenge_method")).toBe("S256");

    await signInThroughGatehouse(browser, issuer, rp.url);
  });

  it("refreshes with `client.refresh()` and gets a new access token and a rotated refresh token", async () => {
    await expectRotated(issuer, await refreshThroughApp(browser, rp.url));
  });
});
