import { decodeProtectedHeader } from "jose";

/** The `alg` a JWT's header names: the algorithm the library accepted the ID token under. */
export function signingAlgorithm(jwt: string): string | undefined {
  return decodeProtectedHeader(jwt).alg;
}

/** Gatehouse's userinfo answer for `accessToken`, for a test to see a refreshed token work. */
export async function userinfoStatus(issuer: string, accessToken: string): Promise<number> {
  const response = await fetch(`${issuer}/oauth2/userinfo`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await response.body?.cancel();
  return response.status;
}

/** The last authorization request a browser made to `issuer`. */
export function authorizationRequest(history: URL[], issuer: string): URLSearchParams {
  const request = history.findLast((url) => url.href.startsWith(`${issuer}/oauth2/authorize`));
  if (!request) throw new Error("the browser never reached the authorization endpoint");
  return request.searchParams;
}
