import type { ServerResponse } from "node:http";
import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { invalidRequest, OAuthError } from "../errors.ts";
import { sendEmpty, sendJson } from "./respond.ts";

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
  const detail = `body-parser: ${error.type ?? "stream error"}`;
  switch (error.type) {
    case "entity.too.large":
      return new OAuthError("payload_too_large", {
        status: 413,
        description: "request body is too large",
        detail,
      });
    case "entity.parse.failed":
      return invalidRequest("request body is not valid JSON", { detail });
    case "encoding.unsupported":
    case "charset.unsupported":
      return new OAuthError("unsupported_media_type", {
        status: 415,
        description: "unsupported body encoding",
        detail,
      });
    default:
      return invalidRequest("request body could not be read", { detail });
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

/** Turns anything thrown into an `OAuthError`: as it is, or a logged `500 server_error` when unknown. */
function asOAuthError(error: unknown, logger: Logger): OAuthError {
  if (error instanceof OAuthError) return error;
  if (isBodyParserError(error) && error.status < 500) return fromBodyParser(error);
  if (isUndecodablePath(error)) {
    return invalidRequest("the URL is not valid percent-encoding", { detail: "router: undecodable path" });
  }
  logger.error({ err: error }, "unhandled error");
  return new OAuthError("server_error", {
    status: 500,
    description: "the server could not complete the request",
  });
}

/** The answer to `error`; its private `detail` goes to the log only. */
function errorAnswer(error: unknown, logger: Logger): ErrorAnswer {
  const oauthError = asOAuthError(error, logger);
  if (oauthError.detail !== undefined) {
    logger.info({ error: oauthError.code, detail: oauthError.detail }, "request refused");
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

function writeError(res: ServerResponse, error: unknown, logger: Logger): void {
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
 * Answers `error` on a plain Node response (the endpoints served outside Express, and the request
 * guard). It never throws: if even the answer fails, that is logged and the connection closed.
 */
export function sendError(res: ServerResponse, error: unknown, logger: Logger): void {
  try {
    writeError(res, error, logger);
  } catch (failure) {
    logger.error({ err: failure, cause: error }, "the error answer failed; closing the connection");
    res.destroy();
  }
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
