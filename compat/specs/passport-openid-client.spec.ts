import express from "express";
import session from "express-session";
import * as oidc from "openid-client";
import { Strategy } from "openid-client/passport";
import { Passport } from "passport";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { expectRotated, refreshThroughApp, signInThroughGatehouse } from "../support/cookie-app.ts";
import { HttpBrowser } from "../support/http-browser.ts";
import { registerApp } from "../support/register-app.ts";
import { openRelyingParty, type RelyingParty } from "../support/relying-party.ts";
import { authorizationRequest, signingAlgorithm } from "../support/tokens.ts";

/** The run's Gatehouse (support/global-setup.ts); this file registers its own app there. */
const issuer = inject("issuer");
let rp: RelyingParty;

/** What the app keeps of a sign-in in its session: the ID token's claims and the tokens to use and refresh. */
const sessionUserSchema = z.object({
  claims: z.looseObject({ sub: z.string() }),
  id_token: z.string(),
  access_token: z.string(),
  refresh_token: z.string(),
});
type SessionUser = z.infer<typeof sessionUserSchema>;

/** passport with openid-client v6's Strategy: discovery, id, secret and callback URL; the rest as it ships. */
async function passportApp(client: { client_id: string; client_secret?: string }) {
  const config = await oidc.discovery(new URL(issuer), client.client_id, client.client_secret, undefined, {
    // openid-client refuses plain http unless told; the test's issuer is http://localhost.
    execute: [oidc.allowInsecureRequests],
  });
  const passport = new Passport();
  passport.use(
    new Strategy({ config, name: "gatehouse", callbackURL: `${rp.url}/callback` }, (tokens, verified) => {
      const user: SessionUser = {
        claims: tokens.claims() ?? { sub: "" },
        id_token: tokens.id_token ?? "",
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token ?? "",
      };
      verified(null, user);
    }),
  );
  passport.serializeUser((user, done) => done(null, user));
  passport.deserializeUser((user, done) => done(null, sessionUserSchema.parse(user)));

  const app = express();
  app.use(session({ secret: crypto.randomUUID(), resave: false, saveUninitialized: false }));
  app.use(passport.session());
  app.get("/login", passport.authenticate("gatehouse"));
  app.get("/callback", passport.authenticate("gatehouse", { successRedirect: "/" }));
  app.get("/", (_req, res) => {
    res.type("text").send("signed in");
  });
  app.get("/me", async (req, res) => {
    const user = sessionUserSchema.parse(req.user);
    res.json({
      user: user.claims,
      userinfo: await oidc.fetchUserInfo(config, user.access_token, user.claims.sub),
      id_token_alg: signingAlgorithm(user.id_token),
    });
  });
  app.post("/refresh", async (req, res) => {
    const user = sessionUserSchema.parse(req.user);
    const tokens = await oidc.refreshTokenGrant(config, user.refresh_token);
    const after = { access_token: tokens.access_token, refresh_token: tokens.refresh_token ?? "" };
    res.json({ before: { access_token: user.access_token, refresh_token: user.refresh_token }, after });
  });
  return app;
}

beforeAll(async () => {
  rp = await openRelyingParty();
  const client = await registerApp(issuer, {
    name: "passport with openid-client",
    redirect_uris: [`${rp.url}/callback`],
    allowed_origins: [rp.url],
  });
  rp.serve(await passportApp(client));
});
afterAll(() => rp?.stop());

describe("passport with openid-client v6's Strategy, with its defaults", () => {
  const browser = new HttpBrowser();

  it("signs a person in with code + PKCE and no scope (so all of the app's), under an RS256 ID token", async () => {
    await browser.navigate(`${rp.url}/login`);
    const request = authorizationRequest(browser.history, issuer);
    expect(request.has("scope")).toBe(false);
    expect(request.get("code_challenge_method")).toBe("S256");

    await signInThroughGatehouse(browser, issuer, rp.url);
  });

  it("refreshes with openid-client's `refreshTokenGrant` and gets a new access token and a rotated refresh token", async () => {
    await expectRotated(issuer, await refreshThroughApp(browser, rp.url));
  });
});
