import type { ScopeName } from "@gatehouse/shared";
import type { Request, RequestHandler, Response } from "express";
import { InvalidAccessToken, type VerifiedAccessToken, verifyAccessToken } from "../domain/access-tokens.ts";
import type { TokenDeps } from "../domain/tokens.ts";
import { OAuthError } from "../errors.ts";
import { restrictCorsToClient } from "./cors.ts";

const REALM = 'realm="gatehouse"';

/** b64token @see RFC 6750 §2.1 */
const AUTHORIZATION = /^bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function bearerError(
  status: 400 | 401 | 403,
  code: "invalid_request" | "invalid_token" | "insufficient_scope" | null,
  description?: string,
  scope?: string,
): OAuthError {
  const challenge = [
    `Bearer ${REALM}`,
    ...(code ? [`error="${code}"`] : []),
    ...(description ? [`error_description="${description.replace(/["\\]/g, "")}"`] : []),
    ...(scope ? [`scope="${scope}"`] : []),
  ].join(", ");
  const headers = { "WWW-Authenticate": challenge };
  if (!code) return new OAuthError("invalid_token", { status, headers, bare: true });
  return new OAuthError(code, { status, description, headers });
}

/** Where a route takes the token besides the Authorization header. */
export interface BearerOptions {
  /** Also the `access_token` field of a form body already parsed into `req.body`. @see RFC 6750 §2.2 */
  formBody?: boolean;
}

/** The `access_token` of a parsed form body: once, a b64token, or it is `invalid_request`. @see RFC 6750 §2.2 */
function formBodyToken(req: Request): string | undefined {
  const body: unknown = req.body;
  if (typeof body !== "object" || body === null || !("access_token" in body)) return undefined;
  const token = body.access_token;
  if (typeof token !== "string" || !B64TOKEN.test(token)) {
    throw bearerError(400, "invalid_request", "access_token must be sent once, as a bearer token");
  }
  return token;
}

/**
 * The bearer token of a request: the Authorization header, or where a route allows it a form body
 * field, never both; no query tokens (RFC 9700 §4.3.2). No credentials at all is a plain challenge
 * without an error code.
 * @see RFC 6750 §2.1, §2.2 and §3.1
 */
function presentedToken(req: Request, { formBody = false }: BearerOptions): string {
  const header = req.get("authorization");
  const inQuery = typeof req.query.access_token !== "undefined";
  const inBody = formBody ? formBodyToken(req) : undefined;
  if (header === undefined) {
    if (inQuery)
      throw bearerError(400, "invalid_request", "send the access token in the Authorization header");
    if (inBody !== undefined) return inBody;
    throw bearerError(401, null);
  }
  if (inQuery)
    throw bearerError(400, "invalid_request", "send the access token once, in the Authorization header");
  if (inBody !== undefined)
    throw bearerError(400, "invalid_request", "send the access token once: in the header or in the body");
  const match = AUTHORIZATION.exec(header.trim());
  if (!match?.[1])
    throw bearerError(400, "invalid_request", "the Authorization header is not a Bearer token");
  return match[1];
}

/** The verified token of each response's request, set by `requireBearer`; gone with the response. */
const verifiedTokens = new WeakMap<Response, VerifiedAccessToken>();

/** The access token `requireBearer` verified for this request; a route without the guard is a programming error. */
export function bearerOf(res: Response): VerifiedAccessToken {
  const token = verifiedTokens.get(res);
  if (!token) throw new Error("bearerOf() on a route without requireBearer()");
  return token;
}

/**
 * Lets a request through only with a live access token carrying `scope`, as its app and grant allow
 * it now; the verified token is then `bearerOf(res)`. CORS is narrowed to the token's client.
 * @see RFC 6750 §3
 */
export function requireBearer(
  deps: TokenDeps,
  scope: ScopeName,
  options: BearerOptions = {},
): RequestHandler {
  return async function checkBearer(req, res, next) {
    const token = presentedToken(req, options);
    let verified: VerifiedAccessToken;
    try {
      verified = await verifyAccessToken(deps, token);
    } catch (error) {
      if (error instanceof InvalidAccessToken) throw bearerError(401, "invalid_token", error.message);
      throw error;
    }
    restrictCorsToClient(req, res, verified.client);
    if (!verified.scopes.includes(scope)) {
      throw bearerError(403, "insufficient_scope", `this call needs the ${scope} scope`, scope);
    }
    verifiedTokens.set(res, verified);
    next();
  };
}
