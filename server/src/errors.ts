import type { ServerResponse } from "node:http";
import type { ErrorCode } from "@gatehouse/shared";
import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { sendEmpty, sendJson } from "./http/respond.ts";

/** The one error class: an RFC error code, the HTTP status it is answered with, and an optional description. */
export class OAuthError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly description?: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** Answer with the status and headers only: a bare challenge carries no error code (RFC 6750 §3.1). */
    readonly bare = false,
  ) {
    super(description ? `${code}: ${description}` : code);
    this.name = "OAuthError";
  }
}

/** @see RFC 6749 §5.2 */
export const invalidRequest = (description: string) => new OAuthError("invalid_request", 400, description);
export const invalidClient = (description: string) =>
  new OAuthError("invalid_client", 401, description, { "WWW-Authenticate": 'Basic realm="gatehouse"' });
export const invalidGrant = (description: string) => new OAuthError("invalid_grant", 400, description);
export const unauthorizedClient = (description: string) =>
  new OAuthError("unauthorized_client", 400, description);
export const unsupportedGrantType = (description: string) =>
  new OAuthError("unsupported_grant_type", 400, description);
export const invalidScope = (description: string) => new OAuthError("invalid_scope", 400, description);

/** Gatehouse's own API errors (contract §6, §11). */
export const unauthenticated = (description = "sign in first") =>
  new OAuthError("unauthenticated", 401, description);
export const forbidden = (description: string) => new OAuthError("forbidden", 403, description);
export const notFound = (description: string) => new OAuthError("not_found", 404, description);
export const invalidCredentials = () => new OAuthError("invalid_credentials", 401);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new OAuthError("too_many_requests", 429, "too many attempts; try again later", {
    "Retry-After": `${retryAfterSeconds}`,
  });

interface BodyParserError {
  /** Absent when body-parser passes on a stream's error, e.g. zlib's for a body that is not gzip. */
  type?: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    typeof error.status === "number" &&
    (("type" in error && typeof error.type === "string") || ("expose" in error && error.expose === true))
  );
}

/** Maps what body-parser and raw-body throw to our error codes, so a bad body never becomes a 500. */
function fromBodyParser(error: BodyParserError): OAuthError {
  switch (error.type) {
    case "entity.too.large":
      return new OAuthError("payload_too_large", 413, "request body is too large");
    case "entity.parse.failed":
      return invalidRequest("request body is not valid JSON");
    case "encoding.unsupported":
    case "charset.unsupported":
      return new OAuthError("unsupported_media_type", 415, "unsupported body encoding");
    default:
      return invalidRequest("request body could not be read");
  }
}

/** What the router throws for a path parameter that is not valid percent-encoding (`/logos/%zz`). */
const isUndecodablePath = (error: unknown): boolean =>
  error instanceof URIError && "status" in error && error.status === 400;

/** What an error is answered with: its status and headers, and the `{ error, error_description }` body (none when bare). */
interface ErrorAnswer {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: { error: string; error_description?: string } | null;
}

/** Turns anything thrown into the answer: an `OAuthError` as it is, anything unknown a logged `500 server_error`. */
function errorAnswer(error: unknown, logger: Logger): ErrorAnswer {
  let oauthError: OAuthError;
  if (error instanceof OAuthError) oauthError = error;
  else if (isBodyParserError(error) && error.status < 500) oauthError = fromBodyParser(error);
  else if (isUndecodablePath(error)) oauthError = invalidRequest("the URL is not valid percent-encoding");
  else {
    logger.error({ err: error }, "unhandled error");
    oauthError = new OAuthError("server_error", 500, "the server could not complete the request");
  }
  return {
    status: oauthError.status,
    headers: { ...oauthError.headers, "Cache-Control": "no-store" },
    body: oauthError.bare
      ? null
      : oauthError.description
        ? { error: oauthError.code, error_description: oauthError.description }
        : { error: oauthError.code },
  };
}

/** Answers `error` on a plain Node response (the endpoints served outside Express). */
export function sendError(res: ServerResponse, error: unknown, logger: Logger): void {
  if (res.headersSent) {
    logger.error({ err: error }, "error after the answer had started");
    res.destroy();
    return;
  }
  const answer = errorAnswer(error, logger);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.body === null) sendEmpty(res, answer.status);
  else sendJson(res, answer.status, answer.body);
}

/**
 * The one error handler of the Express routes (four arguments, so Express treats it as one): it
 * answers `{ error, error_description }` only; anything unknown is a logged `500 server_error`.
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return function renderError(error: unknown, _req, res, next) {
    if (res.headersSent) {
      next(error);
      return;
    }
    sendError(res, error, logger);
  };
}
