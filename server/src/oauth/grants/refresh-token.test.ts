import { createHash } from "node:crypto";
import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { expectNoStoreError } from "../../../test/answers.ts";
import { authorizeThroughSpa } from "../../../test/browser.ts";
import { BOB_ID, MOBILE, NOTES } from "../../../test/fixtures.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import {
  bearerStatus,
  codeOf,
  expectAccessTokenDead,
  introspectionAsNotes,
  mobileParams,
  postToken,
  redeemAsMobile,
  redeemAsNotes,
} from "../../../test/oauth-app.ts";

/** What introspection says of a live token's lifetime. */
const introspectionSchema = z.object({ active: z.literal(true), iat: z.number(), exp: z.number() });

let server: TestServer;
afterEach(async () => {
  await server.close({ remove: true });
});

async function start(env: Record<string, string> = {}) {
  server = await startTestServer({ env });
}

async function expectTokens(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return tokenResponseSchema.parse(await response.json());
}

/** Bob signs in to Demo Notes and the app redeems its code. */
async function notesTokens(scope = "openid accounts.self:read files:read", nonce?: string) {
  const back = await authorizeThroughSpa(server, { params: { scope, nonce } });
  const code = codeOf(back);
  return expectTokens(await redeemAsNotes(server.url, code));
}

/** Bob signs in to Demo Mobile (public, PKCE) and the app redeems its code. */
async function mobileTokens(scope = "openid accounts.self:read") {
  const back = await authorizeThroughSpa(server, { params: mobileParams(scope) });
  return expectTokens(await redeemAsMobile(server.url, codeOf(back)));
}

/** A refresh_token grant request (RFC 6749 §6) for `refreshToken`, with `extra` beside it. */
const refreshWith = (
  refreshToken: string,
  extra: Record<string, string>,
  headers: Record<string, string> = {},
) => postToken(server.url, { grant_type: "refresh_token", refresh_token: refreshToken, ...extra }, headers);

/** Demo Notes refreshes with client_secret_post. */
const refresh = (refreshToken: string, extra: Record<string, string> = {}) =>
  refreshWith(refreshToken, { client_id: NOTES.client_id, client_secret: NOTES.client_secret, ...extra });

const refreshAsMobile = (refreshToken: string) => refreshWith(refreshToken, { client_id: MOBILE.client_id });

function basic(clientId: string, secret: string): string {
  const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(secret)}`).toString("base64")}`;
}

const selfStatus = (accessToken: string) => bearerStatus(server.url, accessToken);

const introspect = (token: string) => introspectionAsNotes(server.url, token);

/** Every token of the grant is dead: refresh, DocSpace API, introspection. */
async function expectGrantRevoked(tokens: TokenResponse) {
  await expectNoStoreError(await refresh(tokens.refresh_token), 400, "invalid_grant");
  await expectAccessTokenDead(server.url, tokens.access_token);
  expect(await introspect(tokens.refresh_token)).toEqual({ active: false });
}

describe("POST /oauth2/token grant_type=refresh_token — rotation", () => {
  it("E31 answers a new refresh token and access token on every use", async () => {
    await start();
    const first = await notesTokens();
    const second = await expectTokens(await refresh(first.refresh_token));
    const third = await expectTokens(await refresh(second.refresh_token));
    const refreshTokens = [first, second, third].map((tokens) => tokens.refresh_token);
    const accessTokens = [first, second, third].map((tokens) => tokens.access_token);
    expect(new Set(refreshTokens).size).toBe(3);
    expect(new Set(accessTokens).size).toBe(3);
    expect(third).toMatchObject({
      token_type: "Bearer",
      expires_in: 3600,
      scope: "accounts.self:read files:read openid",
    });
    expect((await selfStatus(third.access_token)).status).toBe(200);
  });

  it("E31 refuses the rotated refresh token with invalid_grant", async () => {
    await start();
    const first = await notesTokens();
    await expectTokens(await refresh(first.refresh_token));
    await expectNoStoreError(await refresh(first.refresh_token), 400, "invalid_grant");
  });

  it("E32 revokes the whole grant when a rotated refresh token is reused", async () => {
    await start();
    const first = await notesTokens();
    const second = await expectTokens(await refresh(first.refresh_token));
    expect((await selfStatus(second.access_token)).status).toBe(200);

    await expectNoStoreError(await refresh(first.refresh_token), 400, "invalid_grant");

    await expectGrantRevoked(second);
    // the first access token belongs to the same grant
    expect((await selfStatus(first.access_token)).status).toBe(401);
  });

  it("E32 answers the very same new pair to a reuse within REFRESH_REUSE_GRACE", async () => {
    await start({ REFRESH_REUSE_GRACE: "10" });
    const first = await notesTokens();
    const second = await expectTokens(await refresh(first.refresh_token));
    server.clock.advance(5);
    const again = await expectTokens(await refresh(first.refresh_token));
    expect(again.access_token).toBe(second.access_token);
    expect(again.refresh_token).toBe(second.refresh_token);
    expect(again).toEqual(second);
    // nothing was revoked: the new pair works and rotates on
    expect((await selfStatus(second.access_token)).status).toBe(200);
    await expectTokens(await refresh(second.refresh_token));
  });

  it("E32 revokes the whole grant on a reuse after REFRESH_REUSE_GRACE has passed", async () => {
    await start({ REFRESH_REUSE_GRACE: "10" });
    const first = await notesTokens();
    const second = await expectTokens(await refresh(first.refresh_token));
    server.clock.advance(11);
    await expectNoStoreError(await refresh(first.refresh_token), 400, "invalid_grant");
    await expectGrantRevoked(second);
  });

  it("E33 lets exactly one of two parallel refreshes with one token succeed, and revokes the grant", async () => {
    await start();
    const first = await notesTokens();
    const answers = await Promise.all([refresh(first.refresh_token), refresh(first.refresh_token)]);
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 400]);
    const winner = answers.find((response) => response.status === 200);
    const loser = answers.find((response) => response.status === 400);
    if (!winner || !loser) throw new Error("expected one winner and one loser");
    await expectNoStoreError(loser, 400, "invalid_grant");
    // the second use is a reuse: the winner's tokens die with the grant
    await expectGrantRevoked(await expectTokens(winner));
  });

  /** Two parallel refreshes with one token and `extra` inside the grace: both answer one new pair, which works on. */
  async function refreshTwiceWithinGrace(extra: Record<string, string> = {}): Promise<TokenResponse> {
    await start({ REFRESH_REUSE_GRACE: "10" });
    const first = await notesTokens();
    const [a, b] = await Promise.all([
      refresh(first.refresh_token, extra),
      refresh(first.refresh_token, extra),
    ]);
    if (!a || !b) throw new Error("expected two answers");
    const [one, two] = [await expectTokens(a), await expectTokens(b)];
    expect(two).toEqual(one);
    expect((await selfStatus(one.access_token)).status).toBe(200);
    await expectTokens(await refresh(one.refresh_token));
    return one;
  }

  it("E33 answers two parallel refreshes with one token the same new pair within REFRESH_REUSE_GRACE", async () => {
    await refreshTwiceWithinGrace();
  });

  it("E33 answers two parallel refreshes that narrow the scope alike the same new pair within REFRESH_REUSE_GRACE", async () => {
    expect((await refreshTwiceWithinGrace({ scope: "accounts.self:read" })).scope).toBe("accounts.self:read");
  });
});

describe("POST /oauth2/token grant_type=refresh_token — binding to the client", () => {
  it("E34 refuses another client's refresh token with invalid_grant, and leaves it usable by its owner", async () => {
    await start();
    const notes = await notesTokens();
    const mobile = await mobileTokens();
    await expectNoStoreError(await refreshAsMobile(notes.refresh_token), 400, "invalid_grant");
    await expectNoStoreError(await refresh(mobile.refresh_token), 400, "invalid_grant");
    await expectTokens(await refresh(notes.refresh_token));
    await expectTokens(await refreshAsMobile(mobile.refresh_token));
  });

  it("E34 answers 401 invalid_client to a confidential client refreshing without authentication", async () => {
    await start();
    const tokens = await notesTokens();
    const unauthenticated = await refreshWith(tokens.refresh_token, { client_id: NOTES.client_id });
    expect(unauthenticated.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    await expectNoStoreError(unauthenticated, 401, "invalid_client");
    await expectNoStoreError(
      await refresh(tokens.refresh_token, { client_secret: "wrong" }),
      401,
      "invalid_client",
    );
    await expectNoStoreError(await refreshWith(tokens.refresh_token, {}), 401, "invalid_client");
    // a failed authentication consumed nothing
    await expectTokens(await refresh(tokens.refresh_token));
  });

  it("refreshes with client_secret_basic", async () => {
    await start();
    const tokens = await notesTokens();
    const authorization = basic(NOTES.client_id, NOTES.client_secret);
    const response = await refreshWith(tokens.refresh_token, {}, { authorization });
    const refreshed = await expectTokens(response);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect((await selfStatus(refreshed.access_token)).status).toBe(200);
  });

  it("refreshes a public client's token with its client_id alone", async () => {
    await start();
    const tokens = await mobileTokens();
    const refreshed = await expectTokens(await refreshAsMobile(tokens.refresh_token));
    expect(refreshed.scope).toBe("accounts.self:read openid");
    expect(decodeJwt(refreshed.access_token).client_id).toBe(MOBILE.client_id);
    expect((await selfStatus(refreshed.access_token)).status).toBe(200);
  });

  it("refuses a secret sent by the public client with invalid_client", async () => {
    await start();
    const tokens = await mobileTokens();
    const response = await refreshWith(tokens.refresh_token, {
      client_id: MOBILE.client_id,
      client_secret: "anything",
    });
    await expectNoStoreError(response, 401, "invalid_client");
  });
});

describe("POST /oauth2/token grant_type=refresh_token — scope", () => {
  it("E35 refuses a wider scope with invalid_scope", async () => {
    await start();
    const tokens = await notesTokens("openid files:read");
    await expectNoStoreError(
      await refresh(tokens.refresh_token, { scope: "openid files:read files:write" }),
      400,
      "invalid_scope",
    );
    await expectNoStoreError(
      await refresh(tokens.refresh_token, { scope: "rooms:read" }),
      400,
      "invalid_scope",
    );
    // RFC 6749 §5.2: an unknown scope is invalid_scope too
    await expectNoStoreError(
      await refresh(tokens.refresh_token, { scope: "openid admin" }),
      400,
      "invalid_scope",
    );
    // a refused scope consumed nothing
    await expectTokens(await refresh(tokens.refresh_token));
  });

  it("E35 narrows the access token to a smaller scope, and the next refresh still gets the full scope", async () => {
    await start();
    const tokens = await notesTokens("openid accounts.self:read files:read");
    const narrow = await expectTokens(await refresh(tokens.refresh_token, { scope: "files:read" }));
    expect(narrow.scope).toBe("files:read");
    expect(decodeJwt(narrow.access_token).scope).toBe("files:read");
    expect(narrow.id_token).toBeUndefined();
    const self = await selfStatus(narrow.access_token);
    expect(self.status).toBe(403);
    expect(self.challenge).toContain('error="insufficient_scope"');

    const full = await expectTokens(await refresh(narrow.refresh_token));
    expect(full.scope).toBe("accounts.self:read files:read openid");
    expect(decodeJwt(full.access_token).scope).toBe("accounts.self:read files:read openid");
    expect((await selfStatus(full.access_token)).status).toBe(200);
  });
});

describe("POST /oauth2/token grant_type=refresh_token — lifetime and id_token", () => {
  it("E36 refuses a refresh token past REFRESH_TOKEN_TTL with invalid_grant", async () => {
    await start({ REFRESH_TOKEN_TTL: "100" });
    const early = await notesTokens();
    const late = await notesTokens();
    server.clock.advance(99);
    await expectTokens(await refresh(early.refresh_token));
    server.clock.advance(2);
    await expectNoStoreError(await refresh(late.refresh_token), 400, "invalid_grant");
    expect(await introspect(late.refresh_token)).toEqual({ active: false });
  });

  it("N69 ends a chain REFRESH_TOKEN_ABSOLUTE_TTL after its code was redeemed, however often it rotated", async () => {
    await start({ REFRESH_TOKEN_TTL: "120", REFRESH_TOKEN_ABSOLUTE_TTL: "300" });
    const redeemedAt = Math.floor(server.clock() / 1000);
    const chainEnd = redeemedAt + 300;
    let tokens = await notesTokens();
    for (let minute = 1; minute <= 4; minute += 1) {
      server.clock.advance(60);
      tokens = await expectTokens(await refresh(tokens.refresh_token));
    }
    server.clock.advance(60);
    expect(Math.floor(server.clock() / 1000)).toBe(chainEnd);
    await expectNoStoreError(await refresh(tokens.refresh_token), 400, "invalid_grant");
    expect(await introspect(tokens.refresh_token)).toEqual({ active: false });
    // A fresh code starts a fresh chain.
    await expectTokens(await refresh((await notesTokens()).refresh_token));
  });

  it("N69 gives each refresh token min(now + REFRESH_TOKEN_TTL, the chain's end) as its expiry", async () => {
    await start({ REFRESH_TOKEN_TTL: "120", REFRESH_TOKEN_ABSOLUTE_TTL: "300" });
    const chainEnd = Math.floor(server.clock() / 1000) + 300;
    let tokens = await notesTokens();
    const expiries: number[] = [];
    for (let minute = 1; minute <= 4; minute += 1) {
      const described = introspectionSchema.parse(await introspect(tokens.refresh_token));
      expiries.push(described.exp - described.iat);
      expect(described.exp).toBe(Math.min(described.iat + 120, chainEnd));
      server.clock.advance(60);
      tokens = await expectTokens(await refresh(tokens.refresh_token));
    }
    expect(expiries).toEqual([120, 120, 120, 120]);
    const last = introspectionSchema.parse(await introspect(tokens.refresh_token));
    expect(last.exp).toBe(chainEnd);
    expect(last.exp - last.iat).toBe(60);
  });

  it("N69 ends a chain at REFRESH_TOKEN_ABSOLUTE_TTL when every rotation comes a day apart", async () => {
    await start({ REFRESH_TOKEN_ABSOLUTE_TTL: `${3 * 86_400}` });
    let tokens = await notesTokens();
    for (let day = 1; day <= 2; day += 1) {
      server.clock.advance(86_400);
      tokens = await expectTokens(await refresh(tokens.refresh_token));
    }
    server.clock.advance(86_400);
    await expectNoStoreError(await refresh(tokens.refresh_token), 400, "invalid_grant");
  });

  it("answers a new id_token when openid was granted: same iss, sub, aud and auth_time, a new iat, no nonce", async () => {
    await start();
    const original = await notesTokens("openid files:read", "nonce-r1");
    const before = decodeJwt(original.id_token ?? "");
    expect(before.nonce).toBe("nonce-r1");
    server.clock.advance(30);
    const refreshed = await expectTokens(await refresh(original.refresh_token));
    expect(refreshed.id_token).toEqual(expect.any(String));

    const jwks = (await (await fetch(`${server.url}/oauth2/jwks`)).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(refreshed.id_token ?? "", createLocalJWKSet(jwks), {
      issuer: server.url,
      audience: NOTES.client_id,
      algorithms: ["RS256"],
      currentDate: new Date(server.clock()),
    });
    const now = Math.floor(server.clock() / 1000);
    const digest = createHash("sha256").update(refreshed.access_token, "ascii").digest();
    expect(payload).toMatchObject({
      iss: server.url,
      sub: BOB_ID,
      aud: NOTES.client_id,
      azp: NOTES.client_id,
      iat: now,
      exp: now + 3600,
      auth_time: before.auth_time,
      amr: ["pwd"],
      at_hash: digest.subarray(0, 16).toString("base64url"),
    });
    // OpenID Connect Core §12.2: a refreshed ID token SHOULD NOT carry a nonce
    expect(payload.nonce).toBeUndefined();
  });

  it("answers no id_token when openid was not granted", async () => {
    await start();
    const tokens = await notesTokens("files:read");
    const refreshed = await expectTokens(await refresh(tokens.refresh_token));
    expect(refreshed.id_token).toBeUndefined();
    expect(refreshed.scope).toBe("files:read");
  });
});
