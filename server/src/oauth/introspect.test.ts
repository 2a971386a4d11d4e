import { errorBodySchema, type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../test/browser.ts";
import { BOB_ID, MOBILE, NOTES } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { codeOf, mobileParams, postToken, redeemAsMobile, redeemAsNotes } from "../../test/oauth-app.ts";

const NOTES_AUTH = { client_id: NOTES.client_id, client_secret: NOTES.client_secret };

const server = useTestServer({ env: { ACCESS_TOKEN_TTL: "300", REFRESH_TOKEN_TTL: "1000" } });

async function expectTokens(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

async function notesTokens(scope = "openid accounts.self:read files:read"): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, { params: { scope } });
  const code = codeOf(back);
  return expectTokens(await redeemAsNotes(server.url, code));
}

async function mobileTokens(): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, { params: mobileParams("openid files:read") });
  return expectTokens(await redeemAsMobile(server.url, codeOf(back)));
}

const refresh = (refreshToken: string) =>
  postToken(server.url, { grant_type: "refresh_token", refresh_token: refreshToken, ...NOTES_AUTH });

const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/oauth2/introspect`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });

/** Introspects as Demo Notes; every answer is 200, JSON and no-store. */
async function introspect(token: string, auth: Record<string, string> = NOTES_AUTH): Promise<unknown> {
  const response = await post({ token, ...auth });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return response.json();
}

describe("POST /oauth2/introspect", () => {
  it("F39 answers 401 invalid_client without client authentication", async () => {
    const tokens = await notesTokens();
    const forms: Record<string, string>[] = [
      { token: tokens.access_token },
      { token: tokens.access_token, client_id: NOTES.client_id },
      { token: tokens.access_token, ...NOTES_AUTH, client_secret: "wrong" },
    ];
    for (const form of forms) {
      const response = await post(form);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_client");
    }
  });

  it("F39 describes a live access token", async () => {
    const tokens = await notesTokens();
    const claims = decodeJwt(tokens.access_token);
    expect(await introspect(tokens.access_token)).toEqual({
      active: true,
      token_type: "Bearer",
      scope: "accounts.self:read files:read openid",
      client_id: NOTES.client_id,
      sub: BOB_ID,
      exp: claims.exp,
      iat: claims.iat,
      iss: server.url,
      jti: claims.jti,
      portal_id: "acme",
    });
  });

  it("F39 describes a live refresh token with token_type refresh_token", async () => {
    const tokens = await notesTokens();
    const now = Math.floor(server.clock() / 1000);
    expect(await introspect(tokens.refresh_token)).toEqual({
      active: true,
      token_type: "refresh_token",
      scope: "accounts.self:read files:read openid",
      client_id: NOTES.client_id,
      sub: BOB_ID,
      exp: now + 1000,
      iat: now,
      iss: server.url,
      portal_id: "acme",
    });
  });

  it("authenticates with client_secret_basic too", async () => {
    const tokens = await notesTokens();
    const credentials = Buffer.from(`${NOTES.client_id}:${NOTES.client_secret}`).toString("base64");
    const response = await post({ token: tokens.access_token }, { authorization: `Basic ${credentials}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ active: true, client_id: NOTES.client_id });
  });

  it("F39 answers only {active:false} to garbage", async () => {
    for (const token of ["garbage", "eyJhbGciOiJub25lIn0.e30.", "a".repeat(43)]) {
      expect(await introspect(token)).toEqual({ active: false });
    }
  });

  it("F39 answers only {active:false} to an expired access token and an expired refresh token", async () => {
    const tokens = await notesTokens();
    server.clock.advance(301);
    expect(await introspect(tokens.access_token)).toEqual({ active: false });
    expect(await introspect(tokens.refresh_token)).toMatchObject({ active: true });
    server.clock.advance(700);
    expect(await introspect(tokens.refresh_token)).toEqual({ active: false });
  });

  it("F39 answers only {active:false} to revoked tokens", async () => {
    const first = await notesTokens();
    const second = await notesTokens();
    const revoke = (token: string) =>
      fetch(`${server.url}/oauth2/revoke`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token, ...NOTES_AUTH }),
      });
    expect((await revoke(first.access_token)).status).toBe(200);
    expect(await introspect(first.access_token)).toEqual({ active: false });
    expect(await introspect(first.refresh_token)).toMatchObject({ active: true });

    expect((await revoke(second.refresh_token)).status).toBe(200);
    expect(await introspect(second.refresh_token)).toEqual({ active: false });
    expect(await introspect(second.access_token)).toEqual({ active: false });
  });

  it("F39 answers only {active:false} to a rotated (used) refresh token, while its successor is active", async () => {
    const tokens = await notesTokens();
    const rotated = await expectTokens(await refresh(tokens.refresh_token));
    expect(await introspect(tokens.refresh_token)).toEqual({ active: false });
    expect(await introspect(rotated.refresh_token)).toMatchObject({
      active: true,
      token_type: "refresh_token",
    });
    expect(await introspect(rotated.access_token)).toMatchObject({ active: true, token_type: "Bearer" });
  });

  it("F39 answers only {active:false} to another client's tokens", async () => {
    const notes = await notesTokens();
    const mobile = await mobileTokens();
    const asMobile = { client_id: MOBILE.client_id };
    expect(await introspect(notes.access_token, asMobile)).toEqual({ active: false });
    expect(await introspect(notes.refresh_token, asMobile)).toEqual({ active: false });
    expect(await introspect(mobile.access_token)).toEqual({ active: false });
    expect(await introspect(mobile.refresh_token)).toEqual({ active: false });
    // each client still sees its own
    expect(await introspect(notes.access_token)).toMatchObject({ active: true });
    expect(await introspect(mobile.access_token, asMobile)).toMatchObject({
      active: true,
      client_id: MOBILE.client_id,
    });
  });

  it("L58 refuses a JSON body with 400 invalid_request", async () => {
    const tokens = await notesTokens();
    const response = await fetch(`${server.url}/oauth2/introspect`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: tokens.access_token, ...NOTES_AUTH }),
    });
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_request");
  });
});
