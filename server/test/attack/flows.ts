import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { authorizeThroughSpa, type TestBrowser } from "../browser.ts";
import { NOTES } from "../fixtures.ts";
import { postToken } from "../oauth-app.ts";

export { NOTES };
export const SCOPE = "openid accounts.self:read files:read";

export function codeOf(url: URL | string | undefined): string {
  const code = new URL(url ?? "").searchParams.get("code");
  if (!code) throw new Error(`no code in ${url}`);
  return code;
}

/**
 * `count` codes of Demo Notes for the person signed in to `browser`: the first authorization signs
 * in and consents if it must, the others go straight to done by remembered consent.
 */
export async function mintCodes(
  server: { url: string },
  browser: TestBrowser,
  count: number,
  label: string,
): Promise<string[]> {
  const codes = [
    codeOf(await authorizeThroughSpa(server, { browser, params: { scope: SCOPE, state: `${label}-0` } })),
  ];
  for (let next = 1; next < count; next += 8) {
    const batch = Array.from({ length: Math.min(8, count - next) }, (_, index) =>
      authorizeThroughSpa(server, { browser, params: { scope: SCOPE, state: `${label}-${next + index}` } }),
    );
    for (const back of await Promise.all(batch)) codes.push(codeOf(back));
  }
  return codes;
}

export const redeem = (issuer: string, code: string): Promise<Response> =>
  postToken(issuer, { grant_type: "authorization_code", code, ...NOTES });

export const refresh = (issuer: string, refreshToken: string): Promise<Response> =>
  postToken(issuer, { grant_type: "refresh_token", refresh_token: refreshToken, ...NOTES });

/** Tokens from a 200 answer; anything else throws with the status and body. */
export async function tokensOf(answer: Promise<Response> | Response): Promise<TokenResponse> {
  const response = await answer;
  const body: unknown = await response.json();
  if (response.status !== 200)
    throw new Error(`the token endpoint answered ${response.status} ${JSON.stringify(body)}`);
  return tokenResponseSchema.parse(body);
}

/** `POST /oauth2/introspect` as Demo Notes: true when the token is active. @see RFC 7662 §2.2 */
export async function isActive(issuer: string, token: string): Promise<boolean> {
  const response = await fetch(new URL("/oauth2/introspect", issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, client_id: NOTES.client_id, client_secret: NOTES.client_secret }),
  });
  if (response.status !== 200) throw new Error(`introspection answered ${response.status}`);
  const { active } = (await response.json()) as { active: unknown };
  if (typeof active !== "boolean") throw new Error("introspection answered no active flag");
  return active;
}
