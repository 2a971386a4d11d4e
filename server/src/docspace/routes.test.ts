import { errorBodySchema, type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import {
  base64url,
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  importJWK,
  type JWTPayload,
  SignJWT,
} from "jose";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../test/browser.ts";
import {
  PKCE_CHALLENGE as CHALLENGE,
  DEMO,
  MOBILE,
  NOTES,
  PKCE_VERIFIER as VERIFIER,
} from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { codeOf, postToken } from "../../test/oauth-app.ts";
import { PORTAL_CONTENT } from "./fixtures.ts";

const [ALICE, BOB] = DEMO.users;
const ALL_NOTES_SCOPES = "openid accounts.self:read files:read rooms:read";

const server = useTestServer({ per: "file", env: { ACCESS_TOKEN_TTL: "300" } });

async function redeem(form: Record<string, string>): Promise<TokenResponse> {
  const response = await postToken(server.url, { grant_type: "authorization_code", ...form });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

/** A person signs in to Demo Notes (bob unless told) and the app redeems its code. */
async function notesTokens(
  scope = ALL_NOTES_SCOPES,
  person: { email: string; password: string; portalId?: string } = BOB,
): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, {
    params: { scope },
    email: person.email,
    password: person.password,
    ...(person.portalId ? { portalId: person.portalId } : {}),
  });
  const code = codeOf(back);
  return redeem({ code, ...NOTES });
}

/** Bob signs in to Demo Mobile, the one demo app with accounts.self:write. */
async function mobileTokens(scope = "accounts.self:write"): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, {
    params: { ...MOBILE, scope, code_challenge: CHALLENGE, code_challenge_method: "S256" },
  });
  const code = codeOf(back);
  return redeem({ code, ...MOBILE, code_verifier: VERIFIER });
}

const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api/2.0${path}`, init);
const withToken = (accessToken: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { authorization: `Bearer ${accessToken}`, ...init.headers },
});

/** The DocSpace envelope around one answer. */
async function expectEnvelope(response: Response, body: unknown) {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({
    response: body,
    count: Array.isArray(body) ? body.length : 1,
    status: 0,
    statusCode: 200,
  });
}

async function expectBearerError(
  response: Response,
  status: number,
  error: "invalid_request" | "invalid_token" | "insufficient_scope",
) {
  expect(response.status).toBe(status);
  expect(response.headers.get("www-authenticate")).toMatch(
    new RegExp(`^Bearer realm="gatehouse", error="${error}"`),
  );
  expect(errorBodySchema.parse(await response.json()).error).toBe(error);
}

/** Signs `payload` as the server would, with its current private key, so one claim at a time can be wrong. */
async function signWithServerKey(token: string, edits: JWTPayload, typ = "at+jwt"): Promise<string> {
  const { kid } = decodeProtectedHeader(token);
  const record = (await server.store.keys.list()).find((key) => key.kid === kid);
  if (!record) throw new Error(`no stored key ${kid}`);
  const key = await importJWK(record.private_jwk, "ES256");
  return new SignJWT({ ...decodeJwt(token), ...edits })
    .setProtectedHeader({ alg: "ES256", typ, kid })
    .sign(key);
}

/** `GET /people/@self` with `accessToken` answers bob, a plain user of acme. */
async function expectBobSelf(accessToken: string) {
  await expectEnvelope(await api("/people/@self", withToken(accessToken)), {
    id: BOB.id,
    displayName: BOB.display_name,
    email: BOB.email,
    isOwner: false,
    isAdmin: false,
  });
}

/** `PUT /people/@self` with the raw JSON text `body`, as the holder of `accessToken`. */
const putSelf = (accessToken: string, body: string) =>
  api(
    "/people/@self",
    withToken(accessToken, { method: "PUT", headers: { "content-type": "application/json" }, body }),
  );

describe("the DocSpace API answers for the token's portal, with the scope each call needs", () => {
  it("GET /people/@self answers the token's person with accounts.self:read", async () => {
    const tokens = await notesTokens();
    await expectBobSelf(tokens.access_token);
  });

  it("GET /people/@self answers alice as owner on acme and as user on globex", async () => {
    const acme = await notesTokens(ALL_NOTES_SCOPES, { ...ALICE, portalId: "acme" });
    const globex = await notesTokens(ALL_NOTES_SCOPES, { ...ALICE, portalId: "globex" });
    const person = { id: ALICE.id, displayName: ALICE.display_name, email: ALICE.email };
    await expectEnvelope(await api("/people/@self", withToken(acme.access_token)), {
      ...person,
      isOwner: true,
      isAdmin: true,
    });
    await expectEnvelope(await api("/people/@self", withToken(globex.access_token)), {
      ...person,
      isOwner: false,
      isAdmin: false,
    });
  });

  it("PUT /people/@self changes the display name with accounts.self:write, and GET shows it", async () => {
    const tokens = await mobileTokens("accounts.self:write");
    expect(tokens.scope).toBe("accounts.self:read accounts.self:write");
    const put = await putSelf(tokens.access_token, JSON.stringify({ displayName: "Robert Example" }));
    const changed = {
      id: BOB.id,
      displayName: "Robert Example",
      email: BOB.email,
      isOwner: false,
      isAdmin: false,
    };
    await expectEnvelope(put, changed);
    await expectEnvelope(await api("/people/@self", withToken(tokens.access_token)), changed);

    const restore = await putSelf(tokens.access_token, JSON.stringify({ displayName: BOB.display_name }));
    expect(restore.status).toBe(200);
  });

  it("PUT /people/@self refuses a bad body with 400 invalid_request and changes nothing", async () => {
    const tokens = await mobileTokens("accounts.self:write");
    for (const body of [
      "{}",
      '{"displayName":""}',
      '{"displayName":42}',
      '{"displayName":"a\\u0007b"}',
      "{",
    ]) {
      const response = await putSelf(tokens.access_token, body);
      expect(response.status).toBe(400);
      expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_request");
    }
    await expectBobSelf(tokens.access_token);
  });

  it("H47 PUT /people/@self answers 403 insufficient_scope to a token with accounts.self:read only", async () => {
    const tokens = await notesTokens();
    const response = await putSelf(tokens.access_token, JSON.stringify({ displayName: "Mallory" }));
    await expectBearerError(response, 403, "insufficient_scope");
    expect(response.headers.get("www-authenticate")).toContain('scope="accounts.self:write"');
  });

  it("H47 GET /people answers 403 insufficient_scope without accounts:read (no demo app has it)", async () => {
    const tokens = await notesTokens();
    const response = await api("/people", withToken(tokens.access_token));
    await expectBearerError(response, 403, "insufficient_scope");
    expect(response.headers.get("www-authenticate")).toContain('scope="accounts:read"');
  });

  it("GET /files/@my and /files/rooms answer the token's portal only", async () => {
    const bob = await notesTokens();
    await expectEnvelope(await api("/files/@my", withToken(bob.access_token)), {
      files: PORTAL_CONTENT.acme?.files,
    });
    await expectEnvelope(await api("/files/rooms", withToken(bob.access_token)), {
      folders: PORTAL_CONTENT.acme?.rooms,
    });

    const alice = await notesTokens(ALL_NOTES_SCOPES, { ...ALICE, portalId: "globex" });
    expect(decodeJwt(alice.access_token).portal_id).toBe("globex");
    const files = await api("/files/@my", withToken(alice.access_token));
    const text = await files.clone().text();
    await expectEnvelope(files, { files: PORTAL_CONTENT.globex?.files });
    for (const file of PORTAL_CONTENT.acme?.files ?? []) expect(text).not.toContain(file.title);
    await expectEnvelope(await api("/files/rooms", withToken(alice.access_token)), {
      folders: PORTAL_CONTENT.globex?.rooms,
    });
  });

  it("H47 answers 403 insufficient_scope on /files/@my without files:read and on /files/rooms without rooms:read", async () => {
    const tokens = await notesTokens("openid accounts.self:read");
    await expectBearerError(
      await api("/files/@my", withToken(tokens.access_token)),
      403,
      "insufficient_scope",
    );
    await expectBearerError(
      await api("/files/rooms", withToken(tokens.access_token)),
      403,
      "insufficient_scope",
    );
  });
});

describe("the DocSpace API's bearer checks (RFC 6750)", () => {
  it("H45 answers no token with 401 and a bare Bearer challenge, without an error code", async () => {
    for (const path of ["/people/@self", "/people", "/files/@my", "/files/rooms"]) {
      const response = await api(path);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="gatehouse"');
      expect(await response.text()).toBe("");
    }
  });

  it('H46 answers a malformed Authorization header ("Bearer", "Bearer " , "Basic x") with 400 invalid_request', async () => {
    for (const authorization of ["Bearer", "Bearer ", "Basic x", "Bearer a b", "Token abc"]) {
      await expectBearerError(
        await api("/people/@self", { headers: { authorization } }),
        400,
        "invalid_request",
      );
    }
  });

  it("H46 answers a token in both the header and ?access_token= with 400 invalid_request", async () => {
    const tokens = await notesTokens();
    const response = await api(
      `/people/@self?access_token=${tokens.access_token}`,
      withToken(tokens.access_token),
    );
    await expectBearerError(response, 400, "invalid_request");
  });

  it("H46 refuses a token in the query alone with 400 invalid_request (RFC 9700 §4.3.2)", async () => {
    const tokens = await notesTokens();
    await expectBearerError(
      await api(`/people/@self?access_token=${tokens.access_token}`),
      400,
      "invalid_request",
    );
  });

  it("H48 accepts the scheme in lower case", async () => {
    const tokens = await notesTokens();
    const response = await api("/people/@self", {
      headers: { authorization: `bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(200);
  });

  it("H47 answers a token revoked at /oauth2/revoke with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    expect((await api("/people/@self", withToken(tokens.access_token))).status).toBe(200);
    const revoke = await fetch(`${server.url}/oauth2/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: tokens.access_token, ...NOTES }),
    });
    expect(revoke.status).toBe(200);
    await expectBearerError(await api("/people/@self", withToken(tokens.access_token)), 401, "invalid_token");
  });

  it("H47 answers a payload edited and re-signed with a key of our own with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    const { kid } = decodeProtectedHeader(tokens.access_token);
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT({
      ...decodeJwt(tokens.access_token),
      portal_id: "globex",
      sub: ALICE.id,
    })
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", kid })
      .sign(privateKey);
    await expectBearerError(await api("/people/@self", withToken(forged)), 401, "invalid_token");

    // the edited payload under the original signature
    const [header, , signature] = tokens.access_token.split(".");
    const payload = base64url.encode(
      JSON.stringify({ ...decodeJwt(tokens.access_token), portal_id: "globex" }),
    );
    const spliced = `${header}.${payload}.${signature}`;
    await expectBearerError(await api("/files/@my", withToken(spliced)), 401, "invalid_token");
  });

  it("H47 G42 answers alg=none with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    const { kid } = decodeProtectedHeader(tokens.access_token);
    const header = base64url.encode(JSON.stringify({ alg: "none", typ: "at+jwt", kid }));
    const payload = base64url.encode(JSON.stringify(decodeJwt(tokens.access_token)));
    await expectBearerError(
      await api("/people/@self", withToken(`${header}.${payload}.`)),
      401,
      "invalid_token",
    );
  });

  it("H47 answers a wrong audience, a wrong issuer or a past exp, each signed with the server's own key, with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    // the control: re-signed without an edit, the token is accepted
    const same = await signWithServerKey(tokens.access_token, {});
    expect((await api("/people/@self", withToken(same))).status).toBe(200);

    const now = Math.floor(server.clock() / 1000);
    for (const edits of [
      { aud: "https://other.example/api" },
      { aud: NOTES.client_id },
      { iss: "https://evil.example" },
      { exp: now - 1 },
    ]) {
      const wrong = await signWithServerKey(tokens.access_token, edits);
      await expectBearerError(await api("/people/@self", withToken(wrong)), 401, "invalid_token");
    }
  });

  it("G43 answers an id_token presented as an access token with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    if (!tokens.id_token) throw new Error("expected an id_token");
    await expectBearerError(await api("/people/@self", withToken(tokens.id_token)), 401, "invalid_token");
    // even with every access token claim, typ JWT is not an access token
    const typed = await signWithServerKey(tokens.access_token, {}, "JWT");
    await expectBearerError(await api("/people/@self", withToken(typed)), 401, "invalid_token");
  });

  it("H47 answers a revoked grant's access token (refresh reuse) with 401 invalid_token at once", async () => {
    const tokens = await notesTokens();
    const refresh = (refreshToken: string) =>
      postToken(server.url, { grant_type: "refresh_token", refresh_token: refreshToken, ...NOTES });
    const rotated = tokenResponseSchema.parse(await (await refresh(tokens.refresh_token)).json());
    expect((await api("/people/@self", withToken(rotated.access_token))).status).toBe(200);
    expect((await refresh(tokens.refresh_token)).status).toBe(400);
    await expectBearerError(
      await api("/people/@self", withToken(rotated.access_token)),
      401,
      "invalid_token",
    );
    await expectBearerError(await api("/files/@my", withToken(rotated.access_token)), 401, "invalid_token");
  });

  it("H47 answers an expired token with 401 invalid_token", async () => {
    const tokens = await notesTokens();
    server.clock.advance(299);
    expect((await api("/people/@self", withToken(tokens.access_token))).status).toBe(200);
    server.clock.advance(2);
    await expectBearerError(await api("/people/@self", withToken(tokens.access_token)), 401, "invalid_token");
  });
});
