import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, startInteraction, TestBrowser } from "../../test/browser.ts";
import {
  PKCE_CHALLENGE as CHALLENGE,
  MOBILE,
  NOTES,
  PKCE_VERIFIER as VERIFIER,
} from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl, codeOf, postToken } from "../../test/oauth-app.ts";

/** Demo Notes allows the first; Demo Mobile allows both. */
const LOCALHOST = "http://localhost:5175";
const LOOPBACK = "http://127.0.0.1:5175";
const EVIL = "http://evil.example";

const server = useTestServer({ per: "file" });

async function notesCode(): Promise<string> {
  const back = await authorizeThroughSpa(server, { params: { scope: "openid accounts.self:read" } });
  const code = codeOf(back);
  return code;
}

async function mobileCode(): Promise<string> {
  const back = await authorizeThroughSpa(server, {
    params: {
      ...MOBILE,
      scope: "openid accounts.self:read",
      code_challenge: CHALLENGE,
      code_challenge_method: "S256",
    },
  });
  const code = codeOf(back);
  return code;
}

const redeemNotes = async (origin: string) =>
  postToken(server.url, { grant_type: "authorization_code", code: await notesCode(), ...NOTES }, { origin });

const redeemMobile = async (origin: string) =>
  postToken(
    server.url,
    { grant_type: "authorization_code", code: await mobileCode(), ...MOBILE, code_verifier: VERIFIER },
    { origin },
  );

async function tokensOf(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

/** CORS granted to exactly `origin`: never `*`, never with credentials. */
function expectAllowed(response: Response, origin: string) {
  expect(response.headers.get("access-control-allow-origin")).toBe(origin);
  expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  expect(response.headers.get("vary") ?? "").toMatch(/\bOrigin\b/i);
}

function expectNotAllowed(response: Response) {
  expect(response.headers.get("access-control-allow-origin")).toBeNull();
  expect(response.headers.get("access-control-allow-credentials")).toBeNull();
}

const preflight = (path: string, origin: string, method: string) =>
  fetch(`${server.url}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization, content-type",
    },
  });

const form = (path: string, body: Record<string, string>, origin: string) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams(body),
  });

const withBearer = (path: string, accessToken: string, origin: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${accessToken}`, origin } });

describe("I49 no CORS where the browser acts for the person", () => {
  it("I49 GET /oauth2/authorize answers no origin with CORS, not even an app's own", async () => {
    for (const origin of [EVIL, LOCALHOST]) {
      const response = await fetch(authorizeUrl(server.url), { headers: { origin }, redirect: "manual" });
      expect(response.status).toBe(302);
      expectNotAllowed(response);
      expectNotAllowed(await preflight("/oauth2/authorize", origin, "POST"));
    }
  });

  it("I49 POST /oauth2/authorize from a foreign origin is refused with 403 and no CORS", async () => {
    const response = await fetch(`${server.url}/oauth2/authorize`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: EVIL },
      body: new URLSearchParams({
        ...Object.fromEntries(new URL(authorizeUrl(server.url)).searchParams),
        decision: "allow",
      }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expectNotAllowed(response);
  });

  it("I49 /api/session answers a foreign or app origin with no CORS, and refuses the sign-in with 403", async () => {
    for (const origin of [EVIL, LOCALHOST]) {
      const response = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ email: "bob@example.com", password: "Bob-Pa55!" }),
      });
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
      expectNotAllowed(response);
      expectNotAllowed(await preflight("/api/session", origin, "POST"));
    }
  });

  it("I49 /api/interactions and its consent answer a foreign origin with no CORS", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url));
    await browser.json("/api/session", "POST", { email: "bob@example.com", password: "Bob-Pa55!" });

    const view = await browser.fetch(`/api/interactions/${id}`, { headers: { origin: EVIL } });
    expect(view.status).toBe(200);
    expectNotAllowed(view);
    expectNotAllowed(await preflight(`/api/interactions/${id}/consent`, EVIL, "POST"));

    const consent = await browser.fetch(`/api/interactions/${id}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: EVIL },
      body: JSON.stringify({ decision: "allow" }),
    });
    expect(consent.status).toBe(403);
    expectNotAllowed(consent);
  });
});

describe("I50 CORS for apps' allowed origins only", () => {
  it.each([
    ["/oauth2/token", "POST"],
    ["/oauth2/userinfo", "GET"],
    ["/oauth2/revoke", "POST"],
    ["/oauth2/introspect", "POST"],
    ["/api/2.0/people/@self", "GET"],
    ["/api/2.0/people/@self", "PUT"],
    ["/api/2.0/files/@my", "GET"],
  ])(
    "I50 answers a preflight of %s %s from an allowed origin, and none from a foreign one",
    async (path, method) => {
      const allowed = await preflight(path, LOCALHOST, method);
      expect(allowed.status).toBe(204);
      expectAllowed(allowed, LOCALHOST);
      expect(allowed.headers.get("access-control-allow-methods")).toContain(method);
      expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
      expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");

      const foreign = await preflight(path, EVIL, method);
      expectNotAllowed(foreign);
      expect(foreign.headers.get("access-control-allow-methods")).toBeNull();
    },
  );

  it("I50 grants the token endpoint's answer to Demo Notes' origin and not to a foreign one", async () => {
    expectAllowed(await redeemNotes(LOCALHOST), LOCALHOST);
    const foreign = await redeemNotes(EVIL);
    expect(foreign.status).toBe(200);
    expectNotAllowed(foreign);
  });

  it("I50 grants 127.0.0.1:5175 to Demo Mobile's token requests only, not to Demo Notes'", async () => {
    const notes = await redeemNotes(LOOPBACK);
    expect(notes.status).toBe(200);
    expectNotAllowed(notes);
    const mobile = await redeemMobile(LOOPBACK);
    expect(mobile.status).toBe(200);
    expectAllowed(mobile, LOOPBACK);
  });

  it("I50 grants the token endpoint's error answers to an allowed origin so the app can read them", async () => {
    const response = await form(
      "/oauth2/token",
      { grant_type: "refresh_token", refresh_token: "unknown", ...NOTES },
      LOCALHOST,
    );
    expect(response.status).toBe(400);
    expectAllowed(response, LOCALHOST);
  });

  it("I50 grants userinfo and the DocSpace API to the token's app origin only", async () => {
    const notes = await tokensOf(await redeemNotes(LOCALHOST));
    const mobile = await tokensOf(await redeemMobile(LOCALHOST));
    for (const path of ["/oauth2/userinfo", "/api/2.0/people/@self"]) {
      const allowed = await withBearer(path, notes.access_token, LOCALHOST);
      expect(allowed.status).toBe(200);
      expectAllowed(allowed, LOCALHOST);

      const foreign = await withBearer(path, notes.access_token, EVIL);
      expect(foreign.status).toBe(200);
      expectNotAllowed(foreign);

      const otherApps = await withBearer(path, notes.access_token, LOOPBACK);
      expect(otherApps.status).toBe(200);
      expectNotAllowed(otherApps);

      const mobileOwn = await withBearer(path, mobile.access_token, LOOPBACK);
      expect(mobileOwn.status).toBe(200);
      expectAllowed(mobileOwn, LOOPBACK);
    }
  });

  it("I50 exposes WWW-Authenticate to an allowed origin, so an app can read the bearer challenge", async () => {
    const response = await fetch(`${server.url}/api/2.0/people/@self`, { headers: { origin: LOCALHOST } });
    expect(response.status).toBe(401);
    expectAllowed(response, LOCALHOST);
    expect(response.headers.get("access-control-expose-headers")).toContain("WWW-Authenticate");
  });

  it("I50 grants revocation to the calling app's origin only", async () => {
    const notes = await tokensOf(await redeemNotes(LOCALHOST));
    const allowed = await form("/oauth2/revoke", { token: notes.access_token, ...NOTES }, LOCALHOST);
    expect(allowed.status).toBe(200);
    expectAllowed(allowed, LOCALHOST);
    const foreign = await form("/oauth2/revoke", { token: "x", ...NOTES }, EVIL);
    expect(foreign.status).toBe(200);
    expectNotAllowed(foreign);
    const otherApps = await form("/oauth2/revoke", { token: "x", ...NOTES }, LOOPBACK);
    expectNotAllowed(otherApps);
  });

  it("I50 keeps discovery and the JWKS open to every origin, without credentials", async () => {
    for (const path of [
      "/.well-known/openid-configuration",
      "/.well-known/oauth-authorization-server",
      "/oauth2/jwks",
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { origin: EVIL } });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });
});
