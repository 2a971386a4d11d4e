import type { ServerResponse } from "node:http";

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

/** Sets the security headers of every answer, pages and API alike. */
export function securityHeaders({ https }: { https: boolean }): (res: ServerResponse) => void {
  const headers: [string, string][] = [
    ["Content-Security-Policy", SPA_CONTENT_SECURITY_POLICY],
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "no-referrer"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ...(https
      ? [["Strict-Transport-Security", "max-age=31536000; includeSubDomains"] as [string, string]]
      : []),
  ];
  return function setSecurityHeaders(res) {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
}
