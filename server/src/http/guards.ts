import type { RequestHandler } from "express";
import { forbidden, OAuthError } from "../errors.ts";

/**
 * A state-changing call that carries an `Origin` must come from the issuer's own origin (docs/security.md#csrf-and-origin).
 * @see RFC 9700 §4.7 (CSRF)
 */
export function requireSameOrigin(issuer: string): RequestHandler {
  const allowed = new URL(issuer).origin;
  return function checkOrigin(req, _res, next) {
    const origin = req.get("origin");
    if (origin !== undefined && origin !== allowed) {
      next(forbidden("cross-origin requests are not allowed here"));
      return;
    }
    next();
  };
}

/** A body must be declared as `type` (docs/security.md#csrf-and-origin for JSON, RFC 6749 §4.1.3 for forms). */
export function requireContentType(
  type: "application/json" | "application/x-www-form-urlencoded",
): RequestHandler {
  return function checkContentType(req, _res, next) {
    // Browsers send `Content-Length: 0` on a bodiless POST or PUT: that is no body to declare.
    const length = req.get("content-length");
    const hasBody = (length !== undefined && length !== "0") || req.get("transfer-encoding") !== undefined;
    if (!hasBody && (req.method === "DELETE" || type === "application/json")) {
      next();
      return;
    }
    if (!req.is(type)) {
      const code = type === "application/json" ? "unsupported_media_type" : "invalid_request";
      next(
        new OAuthError(code, {
          status: code === "invalid_request" ? 400 : 415,
          description: `the body must be ${type}`,
        }),
      );
      return;
    }
    next();
  };
}

/** Token-bearing answers must not be cached. @see RFC 6749 §5.1 */
export const noStore: RequestHandler = function noStore(_req, res, next) {
  res.set({ "Cache-Control": "no-store", Pragma: "no-cache" });
  next();
};
