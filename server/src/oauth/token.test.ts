import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  authorizeThroughSpa,
  DEMO,
  postToken,
  startTestServer,
  type TestServer,
} from "../../test/harness.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close({ remove: true });
});

const notes = {
  client_id: DEMO.notes.client_id,
  client_secret: DEMO.notes.client_secret,
  redirect_uri: DEMO.notes.redirect_uris[0],
};

async function codeFor(params = {}) {
  const back = await authorizeThroughSpa(server, {
    params: { scope: "openid files:read", nonce: "n-1", ...params },
  });
  const code = back.searchParams.get("code");
  if (!code) throw new Error(`no code in ${back.href}`);
  return code;
}

describe("POST /oauth2/token — authorization_code", () => {
  it("exchanges a code with client_secret_post for an RFC 9068 access token, a refresh token and an id_token", async () => {
    const code = await codeFor();
    const response = await postToken(server.url, { grant_type: "authorization_code", code, ...notes });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "files:read openid" });
    expect(body.refresh_token).toEqual(expect.any(String));

    const jwks = createLocalJWKSet(await (await fetch(`${server.url}/oauth2/jwks`)).json());
    const access = await jwtVerify(body.access_token, jwks, { issuer: server.url, typ: "at+jwt" });
    expect(access.payload).toMatchObject({
      client_id: notes.client_id,
      scope: "files:read openid",
      portal_id: "acme",
      sub: DEMO.users[1].id,
    });
    expect(access.payload.jti).toEqual(expect.any(String));
    expect(decodeProtectedHeader(body.access_token).kid).toEqual(expect.any(String));

    const id = await jwtVerify(body.id_token, jwks, { issuer: server.url, audience: notes.client_id });
    expect(id.payload.nonce).toBe("n-1");
  });
});
