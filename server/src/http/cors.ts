import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import vary from "vary";
import type { ClientRecord, Store } from "../store/types.ts";

/**
 * CORS for the endpoints apps call from a browser: granted only to origins some enabled client
 * allows, never with credentials; each endpoint narrows it to its own client once it knows it.
 * Resolves `true` when it has answered the request (a preflight), `false` when the endpoint goes on.
 * @see RFC 9700 §2.6 (and no CORS at all on the authorization endpoint)
 */
export function corsForClients(
  store: Store,
  methods: readonly string[],
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const allowMethods = [...methods, "OPTIONS"].join(", ");
  return async function applyCors(req, res) {
    vary(res, "Origin");
    const { origin } = req.headers;
    const allowed = origin !== undefined && (await store.clients.isAllowedOrigin(origin));
    if (allowed) res.setHeader("Access-Control-Allow-Origin", origin);
    if (req.method === "OPTIONS") {
      if (allowed) {
        res.setHeader("Access-Control-Allow-Methods", allowMethods);
        res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, DPoP");
        res.setHeader("Access-Control-Max-Age", "600");
      }
      res.statusCode = 204;
      res.end();
      return true;
    }
    if (allowed) res.setHeader("Access-Control-Expose-Headers", "WWW-Authenticate");
    return false;
  };
}

/** `corsForClients` as Express middleware, for the routes Express serves. */
export function corsMiddleware(store: Store, methods: readonly string[]): RequestHandler {
  const applyCors = corsForClients(store, methods);
  return async function cors(req, res, next) {
    if (!(await applyCors(req, res))) next();
  };
}

/** Withdraws the CORS grant when the request's origin is not one of this client's own. */
export function restrictCorsToClient(req: IncomingMessage, res: ServerResponse, client: ClientRecord): void {
  const { origin } = req.headers;
  if (origin !== undefined && !client.allowed_origins.includes(origin)) {
    res.removeHeader("Access-Control-Allow-Origin");
    res.removeHeader("Access-Control-Expose-Headers");
  }
}
