import type { IncomingMessage, RequestListener } from "node:http";
import type { Logger } from "pino";
import { invalidRequest } from "../errors.ts";
import { sendError } from "./render-error.ts";

/** Resolves an origin-form target; never sent anywhere. */
const TARGET_BASE = "http://gatehouse.invalid";

/** True when `path` is valid percent-encoding of UTF-8, as every route's decoding expects. @see RFC 3986 §2.1 */
function isDecodablePath(path: string): boolean {
  try {
    decodeURI(path);
    return true;
  } catch (error) {
    if (error instanceof URIError) return false;
    throw error;
  }
}

/**
 * Refuses, before any route parses it, a target the URL parser cannot read (a broken host in
 * absolute-form, `//[`) or whose path is not valid percent-encoding. @see RFC 9112 §3.2
 */
export function requireReadableTarget(req: IncomingMessage): void {
  const target = req.url ?? "";
  if (!URL.canParse(target, TARGET_BASE)) {
    throw invalidRequest("the request target cannot be read", { detail: "URL.canParse refused the target" });
  }
  const [path = ""] = target.split("?", 1);
  if (!isDecodablePath(path)) {
    throw invalidRequest("the URL is not valid percent-encoding", { detail: "decodeURI refused the path" });
  }
}

/**
 * The outermost layer of the request listener: nothing a client sends may throw outside a
 * request's own handling (security case N64). Whatever `listener` throws synchronously is answered
 * like any error (a bad request as its 4xx, anything else a logged 500), or the connection closed.
 */
export function guardRequests(listener: RequestListener, logger: Logger): RequestListener {
  return function guardRequest(req, res) {
    try {
      listener(req, res);
    } catch (error) {
      sendError(res, error, logger);
    }
  };
}
