import { decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../harness.ts";
import { authorize, codeOf, discover, redeem, verifyIdToken } from "./relying-party.ts";

// The OpenID Foundation's Config OP test plan: what discovery and the JWKS promise, one test per
// module, named after it (docs/api.md#discovery).

const server = useTestServer({ env: { KEY_ROTATION: "100", ACCESS_TOKEN_TTL: "600" } });

interface Jwk {
  kid?: string;
  kty?: string;
  alg?: string;
  use?: string;
  crv?: string;
  [member: string]: unknown;
}

async function publishedKeys(): Promise<Jwk[]> {
  const response = await fetch(`${server.url}/oauth2/jwks`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { keys: Jwk[] }).keys;
}

describe("OpenID Foundation Config OP plan", () => {
  it("oidcc-discovery-openid-configuration: the required metadata, RS256 listed, request objects declared unsupported", async () => {
    const metadata = await discover(server);
    expect(metadata).toMatchObject({
      issuer: server.url,
      authorization_endpoint: `${server.url}/oauth2/authorize`,
      token_endpoint: `${server.url}/oauth2/token`,
      userinfo_endpoint: `${server.url}/oauth2/userinfo`,
      jwks_uri: `${server.url}/oauth2/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256", "ES256"],
      request_parameter_supported: false,
      request_uri_parameter_supported: false,
      ui_locales_supported: ["en", "de", "fr", "es", "pt-BR", "it", "ja", "zh-CN", "ru", "ar"],
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "email"]));
    expect(metadata.claims_supported).toEqual([
      "iss",
      "sub",
      "aud",
      "exp",
      "iat",
      "auth_time",
      "nonce",
      "at_hash",
      "azp",
      "amr",
      "name",
      "locale",
      "updated_at",
      "email",
      "email_verified",
    ]);
    expect(metadata.id_token_signing_alg_values_supported).not.toContain("none");
  });

  it("oidcc-discovery-issuer-not-matching-config: the issuer is exactly the URL the document was fetched under", async () => {
    const metadata = await discover(server);
    expect(`${metadata.issuer}/.well-known/openid-configuration`).toBe(
      `${server.url}/.well-known/openid-configuration`,
    );
  });

  it("oidcc-discovery-jwks-uri-keys: an RSA and an EC signing key, public only, each with a unique kid and its alg", async () => {
    const keys = await publishedKeys();
    expect(keys.map((key) => key.alg).sort()).toEqual(["ES256", "RS256"]);
    expect(new Set(keys.map((key) => key.kid)).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatchObject({ kid: expect.any(String), use: "sig" });
      expect(key.kty).toBe(key.alg === "RS256" ? "RSA" : "EC");
      for (const secret of ["d", "p", "q", "dp", "dq", "qi", "k"]) expect(key).not.toHaveProperty(secret);
    }
  });

  it("oidcc-server-rotate-keys: after rotation new ID tokens carry a new kid, found in the JWKS beside the old one", async () => {
    const before = await redeem(server, codeOf(server, await authorize(server, { scope: "openid" })));
    const oldKid = decodeProtectedHeader(before.id_token ?? "").kid;
    server.clock.advance(101);
    const after = await redeem(server, codeOf(server, await authorize(server, { scope: "openid" })));
    const newKid = decodeProtectedHeader(after.id_token ?? "").kid;
    expect(newKid).not.toBe(oldKid);
    await verifyIdToken(server, after.id_token);
    // The retired key stays published while what it signed may still be checked.
    await verifyIdToken(server, before.id_token);
    const kids = (await publishedKeys()).map((key) => key.kid);
    expect(kids).toEqual(expect.arrayContaining([oldKid, newKid]));
  });
});
