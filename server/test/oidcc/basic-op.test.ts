import { createHash } from "node:crypto";
import { errorBodySchema } from "@gatehouse/shared";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { signIn, TestBrowser } from "../browser.ts";
import { BOB, DEMO, NOTES, NOTES_CALLBACK } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { authorizeUrl, postToken } from "../oauth-app.ts";
import { authorize, authTimeOf, codeOf, follow, redeem, userinfo, verifyIdToken } from "./relying-party.ts";

// The OpenID Foundation's Basic OP test plan (code flow, client_secret_post), one test per module,
// named after it, checking what the module checks (docs/api.md#id-tokens).

const server = useTestServer();

const PERSON = DEMO.users[1];

/** The left half of the access token's SHA-256, as RS256 and ES256 both compute it. */
const halfHash = (token: string) =>
  createHash("sha256").update(token, "ascii").digest().subarray(0, 16).toString("base64url");

async function signedInTokens(params: Parameters<typeof authorize>[1] = {}) {
  const journey = await authorize(server, { scope: "openid", nonce: "n-0S6", ...params });
  return redeem(server, codeOf(server, journey));
}

describe("OpenID Foundation Basic OP plan", () => {
  it("oidcc-server: a code flow answers a valid RS256 ID token with the nonce and a matching at_hash", async () => {
    const tokens = await signedInTokens();
    const claims = await verifyIdToken(server, tokens.id_token);
    expect(claims).toMatchObject({
      sub: PERSON.id,
      nonce: "n-0S6",
      at_hash: halfHash(tokens.access_token),
      amr: ["pwd"],
    });
    expect(tokens.scope).toBe("openid");
  });

  it("oidcc-idtoken-rs256: the ID token is signed RS256 with an RSA key of the JWKS, as OpenID's default", async () => {
    const tokens = await signedInTokens();
    await verifyIdToken(server, tokens.id_token, { alg: "RS256" });
    const jwks = (await (await fetch(`${server.url}/oauth2/jwks`)).json()) as {
      keys: { kid: string; kty: string; n?: string }[];
    };
    const key = jwks.keys.find((each) => each.kid === decodeJwtHeaderKid(tokens.id_token));
    expect(key?.kty).toBe("RSA");
    // At least 2048 bits of modulus (RFC 7518 §3.3): 256 bytes, 342 base64url characters.
    expect(Buffer.from(key?.n ?? "", "base64url").length).toBeGreaterThanOrEqual(256);
  });

  it("oidcc-idtoken-signature: a changed payload fails verification; an ES256 app's ID token verifies as ES256", async () => {
    const tokens = await signedInTokens();
    const [header, payload, signature] = (tokens.id_token ?? "").split(".");
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(tokens.id_token ?? ""), sub: "someone-else" }));
    await expect(
      verifyIdToken(server, `${header}.${forged.toString("base64url")}.${signature}`),
    ).rejects.toThrow();
    expect(payload).toEqual(expect.any(String));

    const notes = await server.store.clients.get(DEMO.notes.client_id);
    if (!notes) throw new Error("no Demo Notes");
    await server.store.clients.update({ ...notes, id_token_signed_response_alg: "ES256" });
    const es256 = await signedInTokens({ nonce: "n-es" });
    const claims = await verifyIdToken(server, es256.id_token, { alg: "ES256" });
    expect(claims.at_hash).toBe(halfHash(es256.access_token));
    await expect(verifyIdToken(server, es256.id_token, { alg: "RS256" })).rejects.toThrow();
  });

  it("oidcc-userinfo-get: userinfo answers the token's sub by GET", async () => {
    const tokens = await signedInTokens();
    const response = await userinfo(server, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: PERSON.id });
  });

  it("oidcc-userinfo-post-header: userinfo answers by POST with the token in the header", async () => {
    const tokens = await signedInTokens();
    const response = await userinfo(server, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: PERSON.id });
  });

  it("oidcc-userinfo-post-body: userinfo answers by POST with access_token in a form body (RFC 6750 §2.2)", async () => {
    const tokens = await signedInTokens();
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const body = new URLSearchParams({ access_token: tokens.access_token }).toString();
    const response = await userinfo(server, { method: "POST", headers: form, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: PERSON.id });

    // Both at once is one too many (RFC 6750 §2), and so is the field twice.
    const both = await userinfo(server, {
      method: "POST",
      headers: { ...form, authorization: `Bearer ${tokens.access_token}` },
      body,
    });
    expect(both.status).toBe(400);
    expect(errorBodySchema.parse(await both.json()).error).toBe("invalid_request");
    const twice = await userinfo(server, { method: "POST", headers: form, body: `${body}&${body}` });
    expect(twice.status).toBe(400);
    expect(errorBodySchema.parse(await twice.json()).error).toBe("invalid_request");
    const forged = await userinfo(server, {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ access_token: `${tokens.access_token}x` }).toString(),
    });
    expect(forged.status).toBe(401);
  });

  it("oidcc-scope-profile: profile releases name, locale and updated_at, in userinfo and the ID token", async () => {
    const tokens = await signedInTokens({ scope: "openid profile" });
    expect(tokens.scope).toBe("openid profile");
    const profile = { name: PERSON.display_name, locale: PERSON.locale, updated_at: expect.any(Number) };
    const response = await userinfo(server, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await response.json()).toEqual({ sub: PERSON.id, ...profile });
    const claims = await verifyIdToken(server, tokens.id_token);
    expect(claims).toMatchObject(profile);
    expect(claims.email).toBeUndefined();
  });

  it("oidcc-scope-email: email releases email and email_verified, in userinfo and the ID token", async () => {
    const tokens = await signedInTokens({ scope: "openid email" });
    const email = { email: PERSON.email, email_verified: true };
    const response = await userinfo(server, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await response.json()).toEqual({ sub: PERSON.id, ...email });
    const claims = await verifyIdToken(server, tokens.id_token);
    expect(claims).toMatchObject(email);
    expect(claims.name).toBeUndefined();
  });

  it("oidcc-scope-all: openid profile email address phone succeeds; what we do not offer is dropped", async () => {
    const tokens = await signedInTokens({ scope: "openid profile email address phone" });
    expect(tokens.scope).toBe("openid profile email");
    const response = await userinfo(server, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await response.json()).toMatchObject({
      sub: PERSON.id,
      name: PERSON.display_name,
      email: PERSON.email,
    });
  });

  it("oidcc-ensure-other-scope-order-succeeds: scope values in another order are the same request", async () => {
    const tokens = await signedInTokens({ scope: "email openid" });
    expect(tokens.scope).toBe("openid email");
    await verifyIdToken(server, tokens.id_token);
  });

  it("drops scope values Demo Notes is not registered for from an OpenID request, and grants the rest", async () => {
    const tokens = await signedInTokens({ scope: "openid accounts:write files:read" });
    expect(tokens.scope).toBe("files:read openid");
  });

  it("oidcc-display-page and oidcc-display-popup: display is accepted and the flow completes", async () => {
    for (const display of ["page", "popup"]) {
      const browser = new TestBrowser(server.url);
      const journey = await follow(
        browser,
        await browser.fetch(`${authorizeUrl(server.url, { scope: "openid" })}&display=${display}`),
      );
      await verifyIdToken(server, (await redeem(server, codeOf(server, journey))).id_token);
    }
  });

  it("oidcc-prompt-login: prompt=login asks for the password again and the new auth_time is later", async () => {
    const browser = new TestBrowser(server.url);
    const first = await redeem(
      server,
      codeOf(server, await authorize(server, { scope: "openid" }, { browser })),
    );
    const firstAuth = authTimeOf(await verifyIdToken(server, first.id_token));
    server.clock.advance(2);
    const again = await authorize(server, { scope: "openid", prompt: "login" }, { browser });
    expect(again.steps[0]).toBe("login");
    const second = await verifyIdToken(server, (await redeem(server, codeOf(server, again))).id_token);
    expect(authTimeOf(second)).toBeGreaterThan(firstAuth);
    expect(second.sub).toBe(PERSON.id);
  });

  it("oidcc-prompt-none-not-logged-in: prompt=none without a session answers login_required", async () => {
    const response = await fetch(authorizeUrl(server.url, { scope: "openid", prompt: "none" }), {
      redirect: "manual",
    });
    const landed = new URL(response.headers.get("location") ?? "");
    expect(`${landed.origin}${landed.pathname}`).toBe(NOTES_CALLBACK);
    expect(landed.searchParams.get("error")).toBe("login_required");
    expect(landed.searchParams.get("state")).toBe("state-123");
  });

  it("oidcc-prompt-none-logged-in: prompt=none with a session and a grant answers a code for the same person", async () => {
    const browser = new TestBrowser(server.url);
    await authorize(server, { scope: "openid" }, { browser });
    const silent = await authorize(server, { scope: "openid", prompt: "none" }, { browser });
    expect(silent.steps).toEqual([]);
    const claims = await verifyIdToken(server, (await redeem(server, codeOf(server, silent))).id_token);
    expect(claims.sub).toBe(PERSON.id);
  });

  it("oidcc-max-age-1: after more than a second, max_age=1 asks for the password again and auth_time moves on", async () => {
    const browser = new TestBrowser(server.url);
    const first = await redeem(
      server,
      codeOf(server, await authorize(server, { scope: "openid" }, { browser })),
    );
    const firstAuth = authTimeOf(await verifyIdToken(server, first.id_token));
    server.clock.advance(1.001);
    const again = await authorize(server, { scope: "openid", max_age: "1" }, { browser });
    expect(again.steps[0]).toBe("login");
    const second = await verifyIdToken(server, (await redeem(server, codeOf(server, again))).id_token);
    expect(authTimeOf(second)).toBeGreaterThan(firstAuth);
  });

  it("oidcc-max-age-10000: a recent enough sign-in is kept: no password, the same auth_time", async () => {
    const browser = new TestBrowser(server.url);
    const first = await redeem(
      server,
      codeOf(server, await authorize(server, { scope: "openid" }, { browser })),
    );
    const firstAuth = (await verifyIdToken(server, first.id_token)).auth_time;
    server.clock.advance(2);
    const again = await authorize(server, { scope: "openid", max_age: "10000" }, { browser });
    expect(again.steps).not.toContain("login");
    const second = await verifyIdToken(server, (await redeem(server, codeOf(server, again))).id_token);
    expect(second.auth_time).toBe(firstAuth);
  });

  it("oidcc-id-token-hint: prompt=none with the earlier ID token as id_token_hint answers a code for the same sub", async () => {
    const browser = new TestBrowser(server.url);
    const first = await redeem(
      server,
      codeOf(server, await authorize(server, { scope: "openid" }, { browser })),
    );
    const start = await browser.fetch(
      `${authorizeUrl(server.url, { scope: "openid", prompt: "none" })}&id_token_hint=${first.id_token}`,
    );
    const claims = await verifyIdToken(
      server,
      (await redeem(server, codeOf(server, await follow(browser, start)))).id_token,
    );
    expect(claims.sub).toBe(PERSON.id);
  });

  it("oidcc-login-hint, oidcc-ui-locales and oidcc-claims-locales: the hints are accepted and the flow completes", async () => {
    for (const extra of [
      `login_hint=${encodeURIComponent(BOB.email)}`,
      "ui_locales=se",
      "claims_locales=se",
    ]) {
      const browser = new TestBrowser(server.url);
      const start = await browser.fetch(`${authorizeUrl(server.url, { scope: "openid" })}&${extra}`);
      await verifyIdToken(
        server,
        (await redeem(server, codeOf(server, await follow(browser, start)))).id_token,
      );
    }
  });

  it("oidcc-ensure-request-without-nonce-succeeds-for-code-flow: no nonce, an ID token without one", async () => {
    const journey = await authorize(server, { scope: "openid" });
    const claims = await verifyIdToken(server, (await redeem(server, codeOf(server, journey))).id_token);
    expect(claims.nonce).toBeUndefined();
  });

  it("oidcc-codereuse: a second redemption is invalid_grant and the first one's access token stops working", async () => {
    const code = codeOf(server, await authorize(server, { scope: "openid" }));
    const tokens = await redeem(server, code);
    const again = await postToken(server.url, { grant_type: "authorization_code", code, ...NOTES });
    expect(again.status).toBe(400);
    expect(errorBodySchema.parse(await again.json()).error).toBe("invalid_grant");
    const after = await userinfo(server, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(after.status).toBe(401);
  });

  it("oidcc-codereuse-30seconds: the same, 30 seconds later", async () => {
    const code = codeOf(server, await authorize(server, { scope: "openid" }));
    await redeem(server, code);
    server.clock.advance(30);
    const again = await postToken(server.url, { grant_type: "authorization_code", code, ...NOTES });
    expect(again.status).toBe(400);
    expect(errorBodySchema.parse(await again.json()).error).toBe("invalid_grant");
  });

  it("oidcc-ensure-registered-redirect-uri: an unregistered redirect_uri is never redirected to", async () => {
    const response = await fetch(
      authorizeUrl(server.url, { redirect_uri: "https://evil.example/cb", scope: "openid" }),
      {
        redirect: "manual",
      },
    );
    const location = response.headers.get("location") ?? "";
    expect(location.startsWith(`${server.url}/error?`)).toBe(true);
    expect(new URL(location).searchParams.get("error")).toBe("invalid_redirect_uri");
  });

  it("oidcc-ensure-post-request-succeeds: the authorization request POSTed as a form completes", async () => {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, BOB.email, BOB.password)).status).toBe(200);
    const start = await browser.fetch("/oauth2/authorize", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://rp.example" },
      body: new URLSearchParams({
        response_type: "code",
        client_id: NOTES.client_id,
        redirect_uri: NOTES_CALLBACK,
        scope: "openid",
        state: "state-123",
        nonce: "n-post",
      }).toString(),
    });
    expect(start.status).toBe(303);
    const claims = await verifyIdToken(
      server,
      (await redeem(server, codeOf(server, await follow(browser, start)))).id_token,
    );
    expect(claims.nonce).toBe("n-post");
  });

  it("oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported: rejected as request_not_supported", async () => {
    const object = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(
      JSON.stringify({ state: "state-123", nonce: "n-1", scope: "openid" }),
    ).toString("base64url")}.`;
    const response = await fetch(`${authorizeUrl(server.url, { scope: "openid" })}&request=${object}`, {
      redirect: "manual",
    });
    const landed = new URL(response.headers.get("location") ?? "");
    expect(`${landed.origin}${landed.pathname}`).toBe(NOTES_CALLBACK);
    expect(landed.searchParams.get("error")).toBe("request_not_supported");
    expect(landed.searchParams.get("state")).toBe("state-123");
    expect(landed.searchParams.get("code")).toBeNull();
  });

  it("oidcc-request-uri-unsigned-supported-correctly-or-rejected-as-unsupported: rejected as request_uri_not_supported", async () => {
    const requestUri = encodeURIComponent("https://rp.example/request.jwt");
    const response = await fetch(
      `${authorizeUrl(server.url, { scope: "openid" })}&request_uri=${requestUri}`,
      {
        redirect: "manual",
      },
    );
    const landed = new URL(response.headers.get("location") ?? "");
    expect(landed.searchParams.get("error")).toBe("request_uri_not_supported");
    expect(landed.searchParams.get("state")).toBe("state-123");
  });

  it("oidcc-refresh-token: a refresh answers new tokens and an ID token for the same iss, sub, aud and auth_time", async () => {
    const tokens = await signedInTokens({ scope: "openid profile" });
    const first = await verifyIdToken(server, tokens.id_token);
    server.clock.advance(5);
    const response = await postToken(server.url, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      ...NOTES,
    });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as {
      id_token?: string;
      access_token: string;
      refresh_token: string;
    };
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    const second = await verifyIdToken(server, refreshed.id_token);
    expect(second).toMatchObject({
      sub: first.sub,
      aud: first.aud,
      auth_time: first.auth_time,
      name: PERSON.display_name,
    });
    expect(second.at_hash).toBe(halfHash(refreshed.access_token));
  });
});

function decodeJwtHeaderKid(token: string | undefined): string {
  const [header = ""] = (token ?? "").split(".");
  const { kid } = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { kid?: string };
  return kid ?? "";
}
