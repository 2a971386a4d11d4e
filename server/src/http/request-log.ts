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

/** `/interaction/{id}` and `/api/interactions/{id}`: the id is a bearer of the interaction (routes ignore case). */
const INTERACTION_PATH = /^(\/(?:api\/)?interactions?\/)[^/]+/i;
/** `scheme://authority` of an absolute-form target. @see RFC 9112 §3.2.2 */
const ABSOLUTE_FORM_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
/** A log line keeps this much of a request target. */
const LOGGED_TARGET_LIMIT = 2048;

/**
 * The request target's path and query with every secret-bearing value replaced. Written without a
 * URL parser, so that it cannot throw on any target a client sends (security case N64).
 */
export function redactedUrl(target: string): string {
  const [withoutFragment = ""] = target.split("#", 1);
  const originForm = withoutFragment.replace(ABSOLUTE_FORM_PREFIX, "");
  const queryAt = originForm.indexOf("?");
  const path = (queryAt === -1 ? originForm : originForm.slice(0, queryAt)).replace(
    INTERACTION_PATH,
    "$1[redacted]",
  );
  const rawQuery = queryAt === -1 ? "" : originForm.slice(queryAt + 1);
  const query = new URLSearchParams(rawQuery);
  const secrets = [...query.keys()].filter((name) => SECRET_PARAMETERS.has(name));
  for (const name of secrets) query.set(name, "[redacted]");
  const search = secrets.length > 0 ? `${query}` : rawQuery;
  return `${path || "/"}${search ? `?${search}` : ""}`.slice(0, LOGGED_TARGET_LIMIT);
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
