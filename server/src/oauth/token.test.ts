import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { errorBodySchema, type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { expectNoStoreError } from "../../test/answers.ts";
import { authorizeThroughSpa } from "../../test/browser.ts";
import {
  BOB_ID,
  PKCE_CHALLENGE as CHALLENGE,
  DEMO,
  MOBILE,
  NOTES as notes,
  PKCE_VERIFIER as VERIFIER,
} from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { type AuthorizeParams, codeOf, postToken } from "../../test/oauth-app.ts";
import { sha256 } from "../domain/secrets.ts";

const server = useTestServer();

const PKCE = { code_challenge: CHALLENGE, code_challenge_method: "S256" };

/** `Authorization: Basic` as RFC 6749 §2.3.1 builds it: each part form-urlencoded, then base64. */
function basic(clientId: string, secret: string): string {
  const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(secret)}`).toString("base64")}`;
}

async function codeFor(params: AuthorizeParams = {}) {
  const back = await authorizeThroughSpa(server, {
    params: { scope: "openid files:read", nonce: "n-1", ...params },
  });
  const code = codeOf(back);
  return code;
}

const mobileCode = () => codeFor({ ...MOBILE, ...PKCE });

async function expectTokens(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

async function expectInvalidClient(response: Response): Promise<string> {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
  const text = await response.text();
  expect(errorBodySchema.parse(JSON.parse(text)).error).toBe("invalid_client");
  return text;
}

async function jwks(): Promise<JSONWebKeySet> {
  const response = await fetch(`${server.url}/oauth2/jwks`);
  expect(response.status).toBe(200);
  return (await response.json()) as JSONWebKeySet;
}

/** The stored token family an access token belongs to. */
async function familyOf(accessToken: string) {
  const { jti } = decodeJwt(accessToken);
  if (!jti) throw new Error("the access token has no jti");
  const record = await server.store.tokens.getAccessToken(jti);
  if (!record) throw new Error(`no stored access token ${jti}`);
  return server.store.tokens.getFamily(record.family_id);
}

/** An authorization_code grant request carrying exactly `body` beside its grant_type. */
const redeemForm = (body: Record<string, string>) =>
  postToken(server.url, { grant_type: "authorization_code", ...body });

const redeem = (code: string, extra: Record<string, string> = {}) => redeemForm({ code, ...notes, ...extra });

/** Redeems a fresh Notes code with `Authorization: Basic` (RFC 6749 §2.3.1) and `body` beside the code. */
async function redeemWithBasic(body: Record<string, string> = { redirect_uri: notes.redirect_uri }) {
  const code = await codeFor();
  return postToken(
    server.url,
    { grant_type: "authorization_code", code, ...body },
    { authorization: basic(notes.client_id, notes.client_secret) },
  );
}

const FORM = "application/x-www-form-urlencoded";
const post = (body: string, contentType = FORM) =>
  fetch(`${server.url}/oauth2/token`, { method: "POST", headers: { "content-type": contentType }, body });

describe("POST /oauth2/token — authorization_code: the answer", () => {
  it("C24 exchanges a code with client_secret_post for an RFC 9068 access token, a refresh token and an id_token", async () => {
    const code = await codeFor();
    const response = await postToken(server.url, { grant_type: "authorization_code", code, ...notes });
    const body = await expectTokens(response);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "files:read openid" });
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const keys = createLocalJWKSet(await jwks());
    const access = await jwtVerify(body.access_token, keys, {
      issuer: server.url,
      audience: `${server.url}/api/2.0`,
      typ: "at+jwt",
      algorithms: ["ES256"],
      currentDate: new Date(server.clock()),
    });
    const now = Math.floor(server.clock() / 1000);
    expect(access.payload).toMatchObject({
      client_id: notes.client_id,
      scope: "files:read openid",
      portal_id: "acme",
      sub: BOB_ID,
      iat: now,
      exp: now + 3600,
    });
    expect(access.payload.jti).toEqual(expect.any(String));
    expect(decodeProtectedHeader(body.access_token)).toMatchObject({ alg: "ES256", typ: "at+jwt" });
  });

  it("G40 signs an id_token with exact iss, aud, exp, iat, auth_time, the nonce, at_hash and a kid of the JWKS", async () => {
    const signedInAt = Math.floor(server.clock() / 1000);
    const code = await codeFor({ nonce: "nonce-7f3a" });
    server.clock.advance(10);
    const body = await expectTokens(await redeem(code));
    const now = Math.floor(server.clock() / 1000);

    const set = await jwks();
    const header = decodeProtectedHeader(body.id_token ?? "");
    // Demo Notes keeps OpenID's default algorithm (docs/api.md#id-tokens).
    expect(header.alg).toBe("RS256");
    expect(set.keys.map((key) => key.kid)).toContain(header.kid);

    const { payload } = await jwtVerify(body.id_token ?? "", createLocalJWKSet(set), {
      issuer: server.url,
      audience: notes.client_id,
      algorithms: ["RS256"],
      currentDate: new Date(server.clock()),
    });
    const digest = createHash("sha256").update(body.access_token, "ascii").digest();
    expect(payload).toMatchObject({
      iss: server.url,
      sub: BOB_ID,
      aud: notes.client_id,
      iat: now,
      exp: now + 3600,
      auth_time: signedInAt,
      nonce: "nonce-7f3a",
      azp: notes.client_id,
      at_hash: digest.subarray(0, 16).toString("base64url"),
      amr: ["pwd"],
    });
  });

  it("issues an id_token without nonce when none was sent", async () => {
    const body = await expectTokens(await redeem(await codeFor({ nonce: undefined })));
    expect(decodeJwt(body.id_token ?? "").nonce).toBeUndefined();
  });

  it("issues no id_token when openid was not granted", async () => {
    const body = await expectTokens(await redeem(await codeFor({ scope: "files:read" })));
    expect(body.id_token).toBeUndefined();
    expect(body.scope).toBe("files:read");
  });

  it("grants the reads a requested write implies", async () => {
    const body = await expectTokens(await redeem(await codeFor({ scope: "files:write" })));
    expect(body.scope).toBe("files:read files:write");
  });

  it("G41 publishes public keys only in the JWKS, with unique kids", async () => {
    await expectTokens(await redeem(await codeFor()));
    const response = await fetch(`${server.url}/oauth2/jwks`);
    expect(response.headers.get("content-type")).toMatch(/^application\/jwk-set\+json/);
    const set = (await response.json()) as JSONWebKeySet;
    expect(set.keys.length).toBeGreaterThan(0);
    expect(set.keys.map((key) => key.alg).sort()).toEqual(["ES256", "RS256"]);
    for (const key of set.keys) {
      expect(key).toMatchObject(
        key.alg === "ES256" ? { kty: "EC", crv: "P-256", use: "sig" } : { kty: "RSA", e: "AQAB", use: "sig" },
      );
      for (const secret of ["d", "p", "q", "dp", "dq", "qi", "k"]) expect(key).not.toHaveProperty(secret);
    }
    expect(new Set(set.keys.map((key) => key.kid)).size).toBe(set.keys.length);
  });
});

describe("POST /oauth2/token — client authentication", () => {
  it("C accepts client_secret_basic", async () => {
    expect((await expectTokens(await redeemWithBasic())).scope).toBe("files:read openid");
  });

  it("accepts client_secret_basic with the same client_id in the body too", async () => {
    await expectTokens(
      await redeemWithBasic({ redirect_uri: notes.redirect_uri, client_id: notes.client_id }),
    );
  });

  it("C22 refuses Basic and a body secret in one request with invalid_request", async () => {
    await expectNoStoreError(await redeemWithBasic(notes), 400, "invalid_request");
  });

  it("C22 refuses a body client_id that differs from the Basic one with invalid_request", async () => {
    const body = { redirect_uri: notes.redirect_uri, client_id: MOBILE.client_id };
    await expectNoStoreError(await redeemWithBasic(body), 400, "invalid_request");
  });

  it("C21 answers 401 invalid_client with WWW-Authenticate, and one body, for a wrong secret, a missing secret and an unknown client", async () => {
    const code = await codeFor();
    const wrong = await expectInvalidClient(await redeem(code, { client_secret: "not-the-secret" }));
    const missing = await expectInvalidClient(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code,
        redirect_uri: notes.redirect_uri,
        client_id: notes.client_id,
      }),
    );
    const unknown = await expectInvalidClient(
      await redeem(code, { client_id: "3f1c0e0e-0000-4000-8000-000000000000" }),
    );
    expect(missing).toBe(wrong);
    expect(unknown).toBe(wrong);
    // nothing was redeemed: the code still works
    await expectTokens(await redeem(code));
  });

  it("C21 answers the same 401 for a wrong Basic secret and an unknown Basic client", async () => {
    const code = await codeFor();
    const form = { grant_type: "authorization_code", code, redirect_uri: notes.redirect_uri };
    const wrong = await expectInvalidClient(
      await postToken(server.url, form, { authorization: basic(notes.client_id, "not-the-secret") }),
    );
    const unknown = await expectInvalidClient(
      await postToken(server.url, form, { authorization: basic("nobody", notes.client_secret) }),
    );
    expect(unknown).toBe(wrong);
  });

  it("C25 refuses Basic credentials that are not base64 or have no colon with 401 invalid_client", async () => {
    const code = await codeFor();
    const form = { grant_type: "authorization_code", code, redirect_uri: notes.redirect_uri };
    await expectInvalidClient(await postToken(server.url, form, { authorization: "Basic %%%" }));
    await expectInvalidClient(
      await postToken(server.url, form, {
        authorization: `Basic ${Buffer.from(notes.client_id).toString("base64")}`,
      }),
    );
  });

  it("C21 answers 401 invalid_client when no client authentication is sent at all", async () => {
    const code = await codeFor();
    await expectInvalidClient(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code,
        redirect_uri: notes.redirect_uri,
      }),
    );
  });

  it("answers 401 invalid_client for a disabled client", async () => {
    const code = await codeFor();
    const client = await server.store.clients.get(notes.client_id);
    if (!client) throw new Error("the demo client is missing");
    await server.store.clients.update({ ...client, enabled: false });
    await expectInvalidClient(await redeem(code));
  });

  it("D accepts a public client with its client_id and the S256 code_verifier, without a secret", async () => {
    const code = await mobileCode();
    const body = await expectTokens(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code,
        ...MOBILE,
        code_verifier: VERIFIER,
      }),
    );
    expect(body.scope).toBe("files:read openid");
    expect(decodeJwt(body.access_token).client_id).toBe(MOBILE.client_id);
  });

  it("C22 refuses a public client that sends a secret with 401 invalid_client", async () => {
    const code = await mobileCode();
    const form = { grant_type: "authorization_code", code, ...MOBILE, code_verifier: VERIFIER };
    await expectInvalidClient(await postToken(server.url, { ...form, client_secret: "anything" }));
    await expectInvalidClient(
      await postToken(
        server.url,
        {
          grant_type: "authorization_code",
          code,
          redirect_uri: MOBILE.redirect_uri,
          code_verifier: VERIFIER,
        },
        { authorization: basic(MOBILE.client_id, "anything") },
      ),
    );
  });

  it("C22 refuses a confidential client that sends only a code_verifier, as if it were public", async () => {
    const code = await codeFor(PKCE);
    await expectInvalidClient(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code,
        client_id: notes.client_id,
        redirect_uri: notes.redirect_uri,
        code_verifier: VERIFIER,
      }),
    );
  });
});

describe("POST /oauth2/token — PKCE", () => {
  const mobileForm = (code: string, extra: Record<string, string> = {}) => ({
    grant_type: "authorization_code",
    code,
    ...MOBILE,
    ...extra,
  });

  /** A fresh Demo Mobile code redeemed with `codeVerifier`: a mismatch is invalid_grant (RFC 7636 §4.6). */
  async function expectVerifierRefused(codeVerifier: string) {
    const code = await mobileCode();
    await expectNoStoreError(
      await postToken(server.url, mobileForm(code, { code_verifier: codeVerifier })),
      400,
      "invalid_grant",
    );
  }

  it("D28 refuses a wrong code_verifier with invalid_grant", async () => {
    await expectVerifierRefused("a".repeat(43));
  });

  it("D28 refuses a missing code_verifier with invalid_grant", async () => {
    const code = await mobileCode();
    await expectNoStoreError(await postToken(server.url, mobileForm(code)), 400, "invalid_grant");
  });

  it.each([
    ["too short", VERIFIER.slice(0, 42)],
    ["too long", "a".repeat(129)],
    ["with a character outside the unreserved set", `${VERIFIER.slice(0, -1)}+`],
    ["empty", ""],
  ])("D28 refuses a malformed code_verifier (%s) with invalid_grant", async (_case, verifier) => {
    await expectVerifierRefused(verifier);
  });

  it("D28 refuses the challenge itself sent as the verifier (a plain downgrade) with invalid_grant", async () => {
    await expectVerifierRefused(CHALLENGE);
  });

  it("D29 refuses a code_verifier for a code issued without a code_challenge with invalid_grant", async () => {
    const code = await codeFor();
    await expectNoStoreError(await redeem(code, { code_verifier: VERIFIER }), 400, "invalid_grant");
  });

  it("D30 accepts S256 from a confidential client, with its secret and the verifier", async () => {
    const code = await codeFor(PKCE);
    await expectTokens(await redeem(code, { code_verifier: VERIFIER }));
  });

  it("D28 refuses a confidential client's S256 code without the verifier with invalid_grant", async () => {
    const code = await codeFor(PKCE);
    await expectNoStoreError(await redeem(code), 400, "invalid_grant");
  });

  it("D28 refuses a confidential client's S256 code with a wrong verifier with invalid_grant", async () => {
    const code = await codeFor(PKCE);
    await expectNoStoreError(await redeem(code, { code_verifier: "b".repeat(43) }), 400, "invalid_grant");
  });
});

describe("POST /oauth2/token — the code", () => {
  it("C17 rejects a reused code with invalid_grant and revokes the tokens it issued", async () => {
    const code = await codeFor();
    const first = await expectTokens(await redeem(code));
    expect((await familyOf(first.access_token))?.revoked_at).toBeNull();

    await expectNoStoreError(await redeem(code), 400, "invalid_grant");

    const family = await familyOf(first.access_token);
    expect(family?.revoked_at).toEqual(expect.any(Number));
    const refresh = await server.store.tokens.getRefreshToken(sha256(first.refresh_token));
    expect(refresh?.family_id).toBe(family?.id);
  });

  it("C17 rejects a code reused 30 seconds later and revokes the tokens it issued", async () => {
    const code = await codeFor();
    const first = await expectTokens(await redeem(code));
    server.clock.advance(30);
    await expectNoStoreError(await redeem(code), 400, "invalid_grant");
    expect((await familyOf(first.access_token))?.revoked_at).toEqual(expect.any(Number));
  });

  it("C17 answers exactly one of two simultaneous redemptions, and revokes the tokens the winner got", async () => {
    const code = await codeFor();
    const answers = await Promise.all([redeem(code), redeem(code)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const winner = answers.find((answer) => answer.status === 200);
    const tokens = await expectTokens(winner ?? new Response());
    expect((await familyOf(tokens.access_token))?.revoked_at).toEqual(expect.any(Number));
  });

  it("redeems a code 59 seconds after it was issued", async () => {
    const code = await codeFor();
    server.clock.advance(59);
    await expectTokens(await redeem(code));
  });

  it("C19 rejects a code past CODE_TTL (60 s) with invalid_grant", async () => {
    const code = await codeFor();
    server.clock.advance(61);
    await expectNoStoreError(await redeem(code), 400, "invalid_grant");
  });

  it("C18 rejects a confidential client's code redeemed by another client with invalid_grant", async () => {
    const code = await codeFor();
    const asMobile = {
      client_id: MOBILE.client_id,
      redirect_uri: notes.redirect_uri,
      code_verifier: VERIFIER,
    };
    await expectNoStoreError(await redeemForm({ code, ...asMobile }), 400, "invalid_grant");
  });

  it("C18 rejects a public client's code redeemed by another client with invalid_grant", async () => {
    const code = await mobileCode();
    await expectNoStoreError(
      await redeem(code, { redirect_uri: MOBILE.redirect_uri, code_verifier: VERIFIER }),
      400,
      "invalid_grant",
    );
  });

  it("C20 rejects a redirect_uri other than the authorization request's with invalid_grant", async () => {
    const code = await codeFor();
    await expectNoStoreError(
      await redeem(code, { redirect_uri: DEMO.notes.redirect_uris[1] }),
      400,
      "invalid_grant",
    );
    await expectNoStoreError(
      await redeem(code, { redirect_uri: `${notes.redirect_uri}/` }),
      400,
      "invalid_grant",
    );
  });

  it("C20 rejects a missing redirect_uri with invalid_request (RFC 6749 §4.1.3: required when sent at authorize, as it always is here)", async () => {
    const code = await codeFor();
    const credentials = { client_id: notes.client_id, client_secret: notes.client_secret };
    await expectNoStoreError(await redeemForm({ code, ...credentials }), 400, "invalid_request");
  });

  it("rejects an unknown code with invalid_grant", async () => {
    await expectNoStoreError(
      await redeem("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
      400,
      "invalid_grant",
    );
  });

  it("C23 rejects a missing code with invalid_request", async () => {
    await expectNoStoreError(await redeemForm(notes), 400, "invalid_request");
  });
});

describe("POST /oauth2/token — the request", () => {
  it("C23 answers invalid_request for a missing grant_type", async () => {
    const code = await codeFor();
    await expectNoStoreError(await postToken(server.url, { code, ...notes }), 400, "invalid_request");
  });

  it.each(["password", "client_credentials", "implicit", "urn:ietf:params:oauth:grant-type:device_code"])(
    "C23 answers unsupported_grant_type for grant_type=%s",
    async (grantType) => {
      await expectNoStoreError(
        await postToken(server.url, { grant_type: grantType, ...notes }),
        400,
        "unsupported_grant_type",
      );
    },
  );

  it("L58 answers 400 invalid_request for a JSON body", async () => {
    const code = await codeFor();
    await expectNoStoreError(
      await post(JSON.stringify({ grant_type: "authorization_code", code, ...notes }), "application/json"),
      400,
      "invalid_request",
    );
    await expectTokens(await redeem(code));
  });

  it("L58 answers 400 invalid_request for a text/plain body", async () => {
    const body = new URLSearchParams({ grant_type: "authorization_code", code: "x", ...notes }).toString();
    await expectNoStoreError(await post(body, "text/plain"), 400, "invalid_request");
  });

  it("L answers invalid_request for a repeated parameter", async () => {
    const code = await codeFor();
    const form = new URLSearchParams({ grant_type: "authorization_code", code, ...notes });
    const twice = (name: string, value: string) => `${form.toString()}&${name}=${encodeURIComponent(value)}`;
    await expectNoStoreError(await post(twice("code", code)), 400, "invalid_request");
    await expectNoStoreError(await post(twice("grant_type", "authorization_code")), 400, "invalid_request");
    await expectNoStoreError(await post(twice("redirect_uri", notes.redirect_uri)), 400, "invalid_request");
    await expectNoStoreError(await post(twice("client_secret", notes.client_secret)), 400, "invalid_request");
    await expectTokens(await redeem(code));
  });

  it("accepts a form declared with charset=UTF-8, in any case", async () => {
    const code = await codeFor();
    const body = new URLSearchParams({ grant_type: "authorization_code", code, ...notes }).toString();
    await expectTokens(await post(body, "Application/X-WWW-Form-URLEncoded; Charset=UTF-8"));
  });

  it("L58 answers 415 for a form in another charset (RFC 6749 Appendix B: UTF-8), and the code still works", async () => {
    const code = await codeFor();
    const body = new URLSearchParams({ grant_type: "authorization_code", code, ...notes }).toString();
    await expectNoStoreError(await post(body, `${FORM}; charset=iso-8859-1`), 415, "unsupported_media_type");
    await expectTokens(await redeem(code));
  });

  it("L58 answers 415 for a compressed body, and the code still works", async () => {
    const code = await codeFor();
    const body = gzipSync(
      new URLSearchParams({ grant_type: "authorization_code", code, ...notes }).toString(),
    );
    const response = await fetch(`${server.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": FORM, "content-encoding": "gzip" },
      body,
    });
    await expectNoStoreError(response, 415, "unsupported_media_type");
    await expectTokens(await redeem(code));
  });

  it("L57 answers invalid_request for more than 50 parameters", async () => {
    const code = await codeFor();
    const form = new URLSearchParams({ grant_type: "authorization_code", code, ...notes });
    for (let index = 0; form.size <= 50; index += 1) form.append(`extra${index}`, "1");
    await expectNoStoreError(await post(form.toString()), 400, "invalid_request");
    await expectTokens(await redeem(code));
  });

  it("K answers with the security headers and no-store, on success and on error alike", async () => {
    const answers = [
      await redeem(await codeFor()),
      await post("grant_type=authorization_code&code=unknown"),
      await fetch(`${server.url}/oauth2/token`),
    ];
    for (const response of answers) {
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("routes only the exact path: a trailing slash or other case is an unknown route", async () => {
    const body = new URLSearchParams({ grant_type: "authorization_code", code: "x", ...notes }).toString();
    for (const path of ["/oauth2/token/", "/OAuth2/Token"]) {
      const response = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": FORM },
        body,
      });
      await expectNoStoreError(response, 404, "not_found");
    }
    // a query string does not change the route
    expect((await fetch(`${server.url}/oauth2/token?x=1`)).status).toBe(405);
  });

  it("L61 answers 405 with Allow: POST to GET", async () => {
    const response = await fetch(`${server.url}/oauth2/token`);
    await expectNoStoreError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("L57 answers 413 for a body over the limit, and keeps serving", async () => {
    const response = await post(
      new URLSearchParams({
        grant_type: "authorization_code",
        code: "x".repeat(20_000),
        ...notes,
      }).toString(),
    );
    await expectNoStoreError(response, 413, "payload_too_large");
    await expectTokens(await redeem(await codeFor()));
  });

  it.each(["__proto__[x]=1", "__proto__=1", "constructor[prototype][x]=1", "scope[]=openid"])(
    "L59 ignores or refuses %s without a 500 and without polluting prototypes",
    async (extra) => {
      const code = await codeFor();
      const body = `${new URLSearchParams({ grant_type: "authorization_code", code, ...notes }).toString()}&${extra}`;
      const response = await post(body);
      expect([200, 400]).toContain(response.status);
      expect(errorBodySchema.safeParse(await response.json()).data?.error).not.toBe("server_error");
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it.each([
    ["a NUL byte", "%00"],
    ["invalid UTF-8", "%FF%FE"],
    ["a CR/LF", "%0D%0Aerror%3Dinjected"],
  ])("L60 answers invalid_grant, never a 500, for a code with %s", async (_case, encoded) => {
    const form = new URLSearchParams({ grant_type: "authorization_code", ...notes }).toString();
    await expectNoStoreError(await post(`${form}&code=abc${encoded}`), 400, "invalid_grant");
  });
});
