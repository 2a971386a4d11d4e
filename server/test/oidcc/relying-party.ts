import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { expect } from "vitest";
import { type Credentials, signIn, TestBrowser } from "../browser.ts";
import { BOB, NOTES } from "../fixtures.ts";
import { authorizeUrl, postToken } from "../oauth-app.ts";

// What the OpenID Foundation's test suite does as a relying party, over real HTTP: discovery,
// the authorization request, the SPA's steps as a person takes them, the token request, and the
// ID token checked with jose against the JWKS fetched from the server.

type Server = { url: string };

/** The discovery document, fetched as a relying party does. */
export async function discover(server: Server): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/.well-known/openid-configuration`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Where the flow ended, and the SPA steps the person was shown on the way. */
export interface Journey {
  landed: URL;
  steps: string[];
}

/**
 * Follows an authorization request the way the person's browser would: the SPA's interaction,
 * signing in (as `person`), choosing acme, allowing. `start` is the authorize response.
 */
export async function follow(
  browser: TestBrowser,
  start: Response,
  person: Credentials = BOB,
): Promise<Journey> {
  const location = start.headers.get("location") ?? "";
  const id = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(location)?.[1];
  if (!id) return { landed: new URL(location), steps: [] };
  const steps: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    const interaction = (await (await browser.json(`/api/interactions/${id}`, "GET")).json()) as {
      step: string;
      redirect_to?: string;
    };
    steps.push(interaction.step);
    if (interaction.step === "done" && interaction.redirect_to) {
      return { landed: new URL(interaction.redirect_to), steps };
    }
    if (interaction.step === "login") {
      expect((await signIn(browser, person.email, person.password)).status).toBe(200);
    } else if (interaction.step === "portal") {
      expect((await browser.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
    } else if (interaction.step === "consent") {
      const answer = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
      const { redirect_to } = (await answer.json()) as { redirect_to: string };
      return { landed: new URL(redirect_to), steps };
    }
  }
  throw new Error(`the interaction did not finish: ${steps.join(" → ")}`);
}

/** An authorization request for Demo Notes by GET, followed through. */
export async function authorize(
  server: Server,
  params: Parameters<typeof authorizeUrl>[1],
  {
    browser = new TestBrowser(server.url),
    person = BOB,
  }: { browser?: TestBrowser; person?: Credentials } = {},
): Promise<Journey> {
  return follow(browser, await browser.fetch(authorizeUrl(server.url, params)), person);
}

/** The code of a successful authorization response, after checking `state` and `iss` came back. */
export function codeOf(server: Server, { landed }: Journey, state = "state-123"): string {
  expect(landed.searchParams.get("error")).toBeNull();
  expect(landed.searchParams.get("state")).toBe(state);
  expect(landed.searchParams.get("iss")).toBe(server.url);
  const code = landed.searchParams.get("code");
  if (!code) throw new Error(`no code in ${landed.href}`);
  return code;
}

/** The token request of Demo Notes (client_secret_post), answered 200. */
export async function redeem(server: Server, code: string, client = NOTES): Promise<TokenResponse> {
  const response = await postToken(server.url, { grant_type: "authorization_code", code, ...client });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

/**
 * The ID token's claims, once jose verified it against the JWKS fetched over HTTP: signature by a
 * published key of `alg`, `iss`, `aud`, `exp` and `iat` (OpenID Connect Core §3.1.3.7).
 */
export async function verifyIdToken(
  server: Server & { clock: () => number },
  idToken: string | undefined,
  { alg = "RS256", audience = NOTES.client_id }: { alg?: "RS256" | "ES256"; audience?: string } = {},
): Promise<JWTPayload> {
  if (!idToken) throw new Error("no id_token in the token response");
  const jwks = createRemoteJWKSet(new URL("/oauth2/jwks", server.url), { cacheMaxAge: 0 });
  const { payload, protectedHeader } = await jwtVerify(idToken, jwks, {
    issuer: server.url,
    audience,
    algorithms: [alg],
    currentDate: new Date(server.clock()),
    requiredClaims: ["sub", "iat", "exp", "auth_time"],
  });
  expect(protectedHeader).toMatchObject({ alg, typ: "JWT", kid: expect.any(String) });
  return payload;
}

/** The ID token's `auth_time`, which every ID token of ours carries (docs/api.md#id-tokens). */
export function authTimeOf(claims: JWTPayload): number {
  if (typeof claims.auth_time !== "number") throw new Error("the ID token has no auth_time");
  return claims.auth_time;
}

/** `GET|POST /oauth2/userinfo` with `init` (the token in the header or the body). */
export function userinfo(server: Server, init: RequestInit): Promise<Response> {
  return fetch(`${server.url}/oauth2/userinfo`, init);
}
