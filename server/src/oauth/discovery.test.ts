import { SCOPE_NAMES } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../test/harness.ts";

const server = useTestServer({ per: "file" });

const WELL_KNOWN = ["/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"] as const;

async function metadata(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as Record<string, unknown>;
}

describe("GET /.well-known/openid-configuration and /.well-known/oauth-authorization-server", () => {
  it("G44 answer the same metadata under both names", async () => {
    const [openid, oauth] = await Promise.all(WELL_KNOWN.map(metadata));
    expect(oauth).toEqual(openid);
  });

  it.each(WELL_KNOWN)("G44 %s names the exact issuer and every endpoint under it", async (path) => {
    const body = await metadata(path);
    expect(body.issuer).toBe(server.url);
    expect(body).toMatchObject({
      authorization_endpoint: `${server.url}/oauth2/authorize`,
      token_endpoint: `${server.url}/oauth2/token`,
      jwks_uri: `${server.url}/oauth2/jwks`,
      userinfo_endpoint: `${server.url}/oauth2/userinfo`,
      revocation_endpoint: `${server.url}/oauth2/revoke`,
      introspection_endpoint: `${server.url}/oauth2/introspect`,
      end_session_endpoint: `${server.url}/oauth2/logout`,
    });
    const endpoints = Object.entries(body).filter(
      ([name]) => name.endsWith("_endpoint") || name === "jwks_uri",
    );
    expect(endpoints.length).toBe(7);
    for (const [, url] of endpoints) expect(String(url).startsWith(`${server.url}/`)).toBe(true);
  });

  it.each(WELL_KNOWN)(
    "G44 %s states code, S256 only, the iss parameter, and the client authentication methods",
    async (path) => {
      const body = await metadata(path);
      expect(body).toMatchObject({
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"],
        authorization_response_iss_parameter_supported: true,
        id_token_signing_alg_values_supported: ["RS256", "ES256"],
        subject_types_supported: ["public"],
      });
      expect(body.grant_types_supported).toEqual(["authorization_code", "refresh_token"]);
      expect(body.scopes_supported).toEqual([...SCOPE_NAMES]);
      for (const field of [
        "token_endpoint_auth_methods_supported",
        "revocation_endpoint_auth_methods_supported",
        "introspection_endpoint_auth_methods_supported",
      ]) {
        expect(body[field]).toEqual(
          expect.arrayContaining(["client_secret_basic", "client_secret_post", "none"]),
        );
      }
    },
  );

  it("G44 every endpoint it names answers (none is a 404)", async () => {
    const body = await metadata(WELL_KNOWN[0]);
    const jwks = await fetch(String(body.jwks_uri));
    expect(jwks.status).toBe(200);
    const token = await fetch(String(body.token_endpoint), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=refresh_token",
    });
    expect(token.status).toBe(400);
    const userinfo = await fetch(String(body.userinfo_endpoint));
    expect(userinfo.status).toBe(401);
    for (const name of ["revocation_endpoint", "introspection_endpoint"]) {
      const response = await fetch(String(body[name]), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "token=x",
      });
      expect(response.status).toBe(401);
    }
    const logout = await fetch(String(body.end_session_endpoint), { redirect: "manual" });
    expect(logout.status).toBe(303);
  });
});
