import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

/** Query parameters that carry a secret, a code or a token: logged as "[redacted]". */
const SECRET_PARAMETERS = new Set([
  "code",
  "code_verifier",
  "client_secret",
  "password",
  "token",
  "access_token",
  "refresh_token",
  "id_token_hint",
  "login_hint",
  "state",
  "nonce",
]);

/** The request's path and query with every secret-bearing value replaced. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url, "http://gatehouse.invalid");
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMETERS.has(name)) parsed.searchParams.set(name, "[redacted]");
  }
  const interaction = parsed.pathname.replace(/^(\/(?:api\/)?interactions?\/)[^/]+/, "$1[redacted]");
  return `${interaction}${parsed.search}`;
}

/**
 * One structured line per request: method, redacted URL, status, time. Headers (cookies,
 * Authorization, Location with codes) and bodies (passwords, secrets, tokens) are never logged.
 */
export function requestLog(logger: Logger): ((req: IncomingMessage, res: ServerResponse) => void) | null {
  // Below `info` nothing would be written: spend nothing per request on it.
  if (!logger.isLevelEnabled("info")) return null;
  return pinoHttp({
    logger,
    quietReqLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        url: redactedUrl(req.url ?? "/"),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
  });
}
