import * as oauth from "oauth4webapi";
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { type TestBrowser as Browser, TestBrowser } from "./browser.ts";
import { DEMO } from "./fixtures.ts";
import { useTestServer } from "./harness.ts";

const server = useTestServer({ per: "file" });

/** Walks the authorization URL a library built as a person in a browser would; returns where the app lands. */
async function walk(browser: Browser, authorizationUrl: URL): Promise<URL> {
  const start = await browser.fetch(authorizationUrl.href);
  const location = start.headers.get("location") ?? "";
  const id = /^\/interaction\/(.+)$/.exec(location)?.[1];
  if (!id) throw new Error(`authorize answered ${start.status} ${location}`);
  await browser.json("/api/session", "POST", { email: "bob@example.com", password: "Bob-Pa55!" });
  const consent = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
  const { redirect_to } = (await consent.json()) as { redirect_to: string };
  return new URL(redirect_to);
}

async function dataApiStatus(accessToken: string): Promise<number> {
  const response = await fetch(`${server.url}/api/2.0/people/@self`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return response.status;
}

describe("openid-client v6, with discovery alone", () => {
  it("completes code + PKCE, refresh, userinfo, introspection and revocation as a confidential client", async () => {
    const config = await client.discovery(
      new URL(server.url),
      DEMO.notes.client_id,
      DEMO.notes.client_secret,
      undefined,
      { execute: [client.allowInsecureRequests] },
    );
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: DEMO.notes.redirect_uris[0],
      scope: "openid email accounts.self:read files:read",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const back = await walk(new TestBrowser(server.url), url);
    const tokens = await client.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const claims = tokens.claims();
    expect(claims?.sub).toBe(DEMO.users[1].id);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? "");
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    const userinfo = await client.fetchUserInfo(config, refreshed.access_token, claims?.sub ?? "");
    expect(userinfo.email).toBe("bob@example.com");

    const introspection = await client.tokenIntrospection(config, refreshed.access_token);
    expect(introspection).toMatchObject({ active: true, client_id: DEMO.notes.client_id, portal_id: "acme" });
    expect(await dataApiStatus(refreshed.access_token)).toBe(200);

    await client.tokenRevocation(config, refreshed.refresh_token ?? "");
    expect((await client.tokenIntrospection(config, refreshed.access_token)).active).toBe(false);
    expect(await dataApiStatus(refreshed.access_token)).toBe(401);
  });

  it("completes code + PKCE and refresh as the public client, with no secret", async () => {
    const config = await client.discovery(
      new URL(server.url),
      DEMO.mobile.client_id,
      undefined,
      client.None(),
      {
        execute: [client.allowInsecureRequests],
      },
    );
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: DEMO.mobile.redirect_uris[0],
      scope: "openid accounts.self:read",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    });
    const back = await walk(new TestBrowser(server.url), url);
    const tokens = await client.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? "");
    expect(refreshed.access_token).toEqual(expect.any(String));
    expect(await dataApiStatus(refreshed.access_token)).toBe(200);
  });
});

describe("oauth4webapi, with discovery alone", () => {
  it("completes code + PKCE, refresh, userinfo, introspection and revocation", async () => {
    const issuer = new URL(server.url);
    const options = { [oauth.allowInsecureRequests]: true };
    const as = await oauth
      .discoveryRequest(issuer, { algorithm: "oidc", ...options })
      .then((response) => oauth.processDiscoveryResponse(issuer, response));
    const app: oauth.Client = { client_id: DEMO.notes.client_id };
    const auth = oauth.ClientSecretBasic(DEMO.notes.client_secret);
    const verifier = oauth.generateRandomCodeVerifier();
    const nonce = oauth.generateRandomNonce();
    const redirectUri = DEMO.notes.redirect_uris[1];

    const url = new URL(as.authorization_endpoint ?? "");
    url.search = new URLSearchParams({
      client_id: app.client_id,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "openid email files:read",
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      nonce,
    }).toString();
    const back = await walk(new TestBrowser(server.url), url);
    const params = oauth.validateAuthResponse(as, app, back);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      app,
      auth,
      params,
      redirectUri,
      verifier,
      options,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, app, response, {
      expectedNonce: nonce,
      requireIdToken: true,
    });
    const claims = oauth.getValidatedIdTokenClaims(tokens);
    expect(claims?.iss).toBe(server.url);

    const refreshResponse = await oauth.refreshTokenGrantRequest(
      as,
      app,
      auth,
      tokens.refresh_token ?? "",
      options,
    );
    const refreshed = await oauth.processRefreshTokenResponse(as, app, refreshResponse);
    const userinfoResponse = await oauth.userInfoRequest(as, app, refreshed.access_token, options);
    const userinfo = await oauth.processUserInfoResponse(as, app, claims?.sub ?? "", userinfoResponse);
    expect(userinfo.email).toBe("bob@example.com");

    const introspected = await oauth.processIntrospectionResponse(
      as,
      app,
      await oauth.introspectionRequest(as, app, auth, refreshed.access_token, options),
    );
    expect(introspected.active).toBe(true);

    await oauth.processRevocationResponse(
      await oauth.revocationRequest(as, app, auth, refreshed.refresh_token ?? "", options),
    );
    const after = await oauth.processIntrospectionResponse(
      as,
      app,
      await oauth.introspectionRequest(as, app, auth, refreshed.refresh_token ?? "", options),
    );
    expect(after.active).toBe(false);
  });
});
