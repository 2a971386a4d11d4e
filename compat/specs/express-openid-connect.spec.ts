import { randomBytes } from "node:crypto";
import express from "express";
import { auth, requiresAuth } from "express-openid-connect";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectRotated, refreshThroughApp, signInThroughGatehouse } from "../support/cookie-app.ts";
import { HttpBrowser } from "../support/http-browser.ts";
import { registerApp } from "../support/register-app.ts";
import { openRelyingParty, type RelyingParty } from "../support/relying-party.ts";
import { authorizationRequest, signingAlgorithm } from "../support/tokens.ts";

/** The run's Gatehouse (support/global-setup.ts); this file registers its own app there. */
const issuer = inject("issuer");
let rp: RelyingParty;

/** Auth0's middleware with discovery, id, secret and its callback URL; everything else as it ships. */
function expressOpenidConnectApp(client: { client_id: string; client_secret?: string }) {
  const app = express();
  app.use(
    auth({
      issuerBaseURL: issuer,
      baseURL: rp.url,
      clientID: client.client_id,
      ...(client.client_secret ? { clientSecret: client.client_secret } : {}),
      // The key of the app's own session cookie, not an OpenID setting.
      secret: randomBytes(32).toString("hex"),
      // Its default is the implicit flow (`id_token` by form_post), which gives no token to refresh; code is
      // the flow Gatehouse offers (docs/api.md#authorization-endpoint), and the library's own switch to it.
      authorizationParams: { response_type: "code" },
    }),
  );
  app.get("/", (_req, res) => {
    res.type("text").send("signed in");
  });
  app.get("/me", requiresAuth(), async (req, res) => {
    res.json({
      user: req.oidc.user,
      userinfo: await req.oidc.fetchUserInfo(),
      id_token_alg: signingAlgorithm(req.oidc.idToken ?? ""),
    });
  });
  app.post("/refresh", requiresAuth(), async (req, res) => {
    const before = { access_token: req.oidc.accessToken?.access_token, refresh_token: req.oidc.refreshToken };
    const refreshed = await req.oidc.accessToken?.refresh();
    res.json({
      before,
      after: { access_token: refreshed?.access_token, refresh_token: req.oidc.refreshToken },
    });
  });
  return app;
}

beforeAll(async () => {
  rp = await openRelyingParty();
  const client = await registerApp(issuer, {
    name: "express-openid-connect",
    redirect_uris: [`${rp.url}/callback`],
    allowed_origins: [rp.url],
  });
  rp.serve(expressOpenidConnectApp(client));
});
afterAll(() => rp?.stop());

describe("express-openid-connect (Auth0's Express middleware) with its defaults", () => {
  const browser = new HttpBrowser();

  it("signs a person in with code + PKCE, `openid profile email` and an RS256 ID token", async () => {
    await browser.navigate(`${rp.url}/login`);
    const request = authorizationRequest(browser.history, issuer);
    expect(request.get("scope")).toBe("openid profile email");
    expect(request.get("code_challenge_method")).toBe("S256");

    const landed = await signInThroughGatehouse(browser, issuer, rp.url);
    expect(landed.status).toBe(200);
  });

  it("refreshes with `accessToken.refresh()` and gets a new access token and a rotated refresh token", async () => {
    await expectRotated(issuer, await refreshThroughApp(browser, rp.url));
  });
});
