import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { expect } from "vitest";
import { DEMO } from "../src/seed.ts";
import { MOBILE, NOTES, PKCE_CHALLENGE, PKCE_VERIFIER } from "./fixtures.ts";

export interface AuthorizeParams {
  client_id?: string;
  redirect_uri?: string;
  response_type?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  max_age?: string;
  code_challenge?: string;
  code_challenge_method?: string;
  login_hint?: string;
  id_token_hint?: string;
  ui_locales?: string;
}

/** The authorize URL of the demo confidential app, with `params` over its defaults. */
export function authorizeUrl(issuer: string, params: AuthorizeParams = {}): string {
  const url = new URL("/oauth2/authorize", issuer);
  const all: Record<string, string | undefined> = {
    response_type: "code",
    client_id: DEMO.notes.client_id,
    redirect_uri: DEMO.notes.redirect_uris[0],
    state: "state-123",
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

/** `POST` of a form body (`application/x-www-form-urlencoded`) to `path` on `issuer`. */
export function postForm(
  issuer: string,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL(path, issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

/** `POST /oauth2/token` with a form body. */
export function postToken(
  issuer: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return postForm(issuer, "/oauth2/token", form, headers);
}

/** The `code` an authorization response carried back (RFC 6749 §4.1.2). */
export function codeOf(back: URL): string {
  const code = back.searchParams.get("code");
  if (!code) throw new Error(`no code in ${back.href}`);
  return code;
}

/** Demo Notes redeems `code` with client_secret_post (RFC 6749 §4.1.3). */
export function redeemAsNotes(issuer: string, code: string): Promise<Response> {
  return postToken(issuer, { grant_type: "authorization_code", code, ...NOTES });
}

/** Demo Mobile's authorize parameters: public, so it sends an S256 challenge (RFC 7636 §4.3). */
export function mobileParams(scope: string): AuthorizeParams {
  return { ...MOBILE, scope, code_challenge: PKCE_CHALLENGE, code_challenge_method: "S256" };
}

/** Demo Mobile redeems `code` with the verifier of its challenge (RFC 7636 §4.5). */
export function redeemAsMobile(issuer: string, code: string): Promise<Response> {
  return postToken(issuer, {
    grant_type: "authorization_code",
    code,
    ...MOBILE,
    code_verifier: PKCE_VERIFIER,
  });
}

/** Demo Notes introspects `token`, authenticated with client_secret_post (RFC 7662 §2.1). */
export function introspectAsNotes(issuer: string, token: string): Promise<Response> {
  return postForm(issuer, "/oauth2/introspect", {
    token,
    client_id: NOTES.client_id,
    client_secret: NOTES.client_secret,
  });
}

/** What the DocSpace API answers `accessToken` with: its status and its challenge (RFC 6750 §3). */
export async function bearerStatus(issuer: string, accessToken: string) {
  const response = await fetch(new URL("/api/2.0/people/@self", issuer), {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return { status: response.status, challenge: response.headers.get("www-authenticate") };
}

/** What Demo Notes' introspection says of `token`, the call itself answered 200 (RFC 7662 §2.2). */
export async function introspectionAsNotes(issuer: string, token: string): Promise<unknown> {
  const response = await introspectAsNotes(issuer, token);
  expect(response.status).toBe(200);
  return response.json();
}

/** `accessToken` is refused by the DocSpace API (RFC 6750 §3.1) and inactive to introspection. */
export async function expectAccessTokenDead(issuer: string, accessToken: string) {
  const api = await bearerStatus(issuer, accessToken);
  expect(api.status).toBe(401);
  expect(api.challenge).toContain('error="invalid_token"');
  expect(await introspectionAsNotes(issuer, accessToken)).toEqual({ active: false });
}

/** The tokens of a 200 token response (RFC 6749 §5.1). */
export async function tokensOf(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}
