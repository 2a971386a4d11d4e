import type { RequestHandler } from "express";

/** Our pages run only our own scripts and styles, and are never framed. @see RFC 9700 §4.16 */
export const SPA_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders({ https }: { https: boolean }): RequestHandler {
  return function setSecurityHeaders(_req, res, next) {
    res.set({
      "Content-Security-Policy": SPA_CONTENT_SECURITY_POLICY,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
    });
    res.removeHeader("X-Powered-By");
    next();
  };
}
