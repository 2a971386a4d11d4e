import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import {
  base64url,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  exportSPKI,
  importJWK,
  type JSONWebKeySet,
  jwtVerify,
  SignJWT,
} from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../test/browser.ts";
import { BOB_ID, NOTES } from "../../test/fixtures.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { codeOf, redeemAsNotes } from "../../test/oauth-app.ts";

const ACCESS_TOKEN_TTL = 600;

let server: TestServer;
afterEach(async () => {
  await server.close({ remove: true });
});

async function start(env: Record<string, string> = {}) {
  server = await startTestServer({ env: { ACCESS_TOKEN_TTL: `${ACCESS_TOKEN_TTL}`, ...env } });
}

async function notesTokens(nonce?: string): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, {
    params: { scope: "openid accounts.self:read", ...(nonce ? { nonce } : {}) },
  });
  const code = codeOf(back);
  const response = await redeemAsNotes(server.url, code);
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

async function jwks(): Promise<JSONWebKeySet> {
  const response = await fetch(`${server.url}/oauth2/jwks`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/jwk-set\+json/);
  return (await response.json()) as JSONWebKeySet;
}

const kids = async () => (await jwks()).keys.map((key) => key.kid);
const kidOf = (token: string) => decodeProtectedHeader(token).kid;

async function selfStatus(accessToken: string) {
  const response = await fetch(`${server.url}/api/2.0/people/@self`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return { status: response.status, challenge: response.headers.get("www-authenticate") };
}

async function expectRefused(accessToken: string) {
  const { status, challenge } = await selfStatus(accessToken);
  expect(status).toBe(401);
  expect(challenge).toMatch(/^Bearer realm="gatehouse", error="invalid_token"/);
}

describe("GET /oauth2/jwks", () => {
  it("G41 publishes public keys only, with unique kids, the kid of issued tokens among them", async () => {
    await start();
    const tokens = await notesTokens();
    const set = await jwks();
    expect(set.keys.length).toBeGreaterThan(0);
    expect(set.keys.map((key) => key.alg).sort()).toEqual(["ES256", "RS256"]);
    for (const key of set.keys) {
      expect(key).toMatchObject(
        key.alg === "ES256" ? { kty: "EC", crv: "P-256", use: "sig" } : { kty: "RSA", use: "sig" },
      );
      expect(key.kty).not.toBe("oct");
      for (const secret of ["d", "p", "q", "dp", "dq", "qi", "k"]) expect(key).not.toHaveProperty(secret);
    }
    expect(new Set(set.keys.map((key) => key.kid)).size).toBe(set.keys.length);
    expect(set.keys.map((key) => key.kid)).toContain(kidOf(tokens.access_token));
    expect(set.keys.map((key) => key.kid)).toContain(kidOf(tokens.id_token ?? ""));
  });

  it("G41 is open to every origin", async () => {
    await start();
    const response = await fetch(`${server.url}/oauth2/jwks`, {
      headers: { origin: "https://anywhere.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("G41 rotates the signing key after KEY_ROTATION and keeps the old key published while its tokens live", async () => {
    await start({ KEY_ROTATION: "100" });
    const old = await notesTokens();
    const oldKid = kidOf(old.access_token);
    const oldIdKid = kidOf(old.id_token ?? "");
    expect((await kids()).sort()).toEqual([oldKid, oldIdKid].sort());

    server.clock.advance(101);
    const fresh = await notesTokens();
    const newKid = kidOf(fresh.access_token);
    const newIdKid = kidOf(fresh.id_token ?? "");
    expect(newKid).not.toBe(oldKid);
    // The RS256 key of ID tokens rotates on the same period.
    expect(newIdKid).not.toBe(oldIdKid);
    const all = await kids();
    expect(all).toHaveLength(4);
    expect(all).toEqual(expect.arrayContaining([oldKid, newKid, oldIdKid, newIdKid]));

    // the old key's token still verifies, by the JWKS and at the DocSpace API
    const set = createLocalJWKSet(await jwks());
    await jwtVerify(old.access_token, set, { currentDate: new Date(server.clock()), issuer: server.url });
    await jwtVerify(old.id_token ?? "", set, { currentDate: new Date(server.clock()), issuer: server.url });
    expect((await selfStatus(old.access_token)).status).toBe(200);
    expect((await selfStatus(fresh.access_token)).status).toBe(200);

    // until it expires
    server.clock.advance(ACCESS_TOKEN_TTL - 101 - 1);
    expect((await selfStatus(old.access_token)).status).toBe(200);
    server.clock.advance(2);
    await expectRefused(old.access_token);
  });

  it("G41 drops the old kid once every token it signed has expired", async () => {
    await start({ KEY_ROTATION: "100" });
    const old = await notesTokens();
    const oldKids = [kidOf(old.access_token), kidOf(old.id_token ?? "")];
    server.clock.advance(101);
    await notesTokens();

    // retired 101 s after signing its last token: published ACCESS_TOKEN_TTL from then
    server.clock.advance(ACCESS_TOKEN_TTL - 1);
    expect(await kids()).toEqual(expect.arrayContaining(oldKids));
    server.clock.advance(2);
    const after = await kids();
    for (const oldKid of oldKids) expect(after).not.toContain(oldKid);
    expect(after.length).toBeGreaterThan(0);
    await expectRefused(old.access_token);
  });
});

describe("the signatures the JWKS stands for", () => {
  it("G40 signs an id_token with exact iss, aud = client_id, a future exp, iat within ±5 min, the nonce, and a published kid", async () => {
    await start();
    const tokens = await notesTokens("nonce-g40");
    const idToken = tokens.id_token ?? "";
    const header = decodeProtectedHeader(idToken);
    expect(header).toMatchObject({ alg: "RS256", typ: "JWT" });
    expect(await kids()).toContain(header.kid);

    const { payload } = await jwtVerify(idToken, createLocalJWKSet(await jwks()), {
      issuer: server.url,
      audience: NOTES.client_id,
      algorithms: ["RS256"],
      currentDate: new Date(server.clock()),
    });
    expect(payload.iss).toBe(server.url);
    expect(payload.aud).toBe(NOTES.client_id);
    expect(payload.sub).toBe(BOB_ID);
    expect(payload.nonce).toBe("nonce-g40");
    const now = Math.floor(Date.now() / 1000);
    expect(payload.exp).toBeGreaterThan(now);
    expect(Math.abs((payload.iat ?? 0) - now)).toBeLessThanOrEqual(300);
  });

  it("G42 the DocSpace API refuses alg=none, HS256 keyed with the public key, and an unknown kid", async () => {
    await start();
    const tokens = await notesTokens();
    const claims = decodeJwt(tokens.access_token);
    const kid = kidOf(tokens.access_token);
    const published = (await jwks()).keys.find((key) => key.kid === kid);
    if (!published) throw new Error(`kid ${kid} is not published`);

    const none = `${base64url.encode(JSON.stringify({ alg: "none", typ: "at+jwt", kid }))}.${base64url.encode(
      JSON.stringify(claims),
    )}.`;
    await expectRefused(none);

    const publicKey = await importJWK(published, "ES256", { extractable: true });
    if (publicKey instanceof Uint8Array) throw new Error("expected an EC public key");
    const pem = await exportSPKI(publicKey);
    for (const secret of [
      new TextEncoder().encode(pem),
      new TextEncoder().encode(JSON.stringify(published)),
    ]) {
      const hs256 = await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", typ: "at+jwt", kid })
        .sign(secret);
      await expectRefused(hs256);
    }

    // the server's own key under a kid it never published
    const record = (await server.store.keys.list()).find((key) => key.kid === kid);
    if (!record) throw new Error(`no stored key ${kid}`);
    const privateKey = await importJWK(record.private_jwk, "ES256");
    const sign = (headerKid: string | undefined) =>
      new SignJWT(claims)
        .setProtectedHeader({
          alg: "ES256",
          typ: "at+jwt",
          ...(headerKid === undefined ? {} : { kid: headerKid }),
        })
        .sign(privateKey);
    // the control: with its real kid, the re-signed token is accepted
    expect((await selfStatus(await sign(kid))).status).toBe(200);
    await expectRefused(await sign("unknown-kid"));
    await expectRefused(await sign(undefined));
  });
});
