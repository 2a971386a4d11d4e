import { DEMO } from "../src/seed.ts";

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

/** `POST /oauth2/token` with a form body. */
export function postToken(
  issuer: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL("/oauth2/token", issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}
