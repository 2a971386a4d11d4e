import type { Request, RequestHandler, Response } from "express";
import type { ClientRecord, Store } from "../store/types.ts";

/**
 * CORS for the endpoints apps call from a browser: granted only to origins some enabled client
 * allows, never with credentials; each route narrows it to its own client once it knows it.
 * @see RFC 9700 §2.6 (and no CORS at all on the authorization endpoint)
 */
export function corsForClients(store: Store, methods: readonly string[]): RequestHandler {
  const allowMethods = [...methods, "OPTIONS"].join(", ");
  return async function applyCors(req, res, next) {
    res.vary("Origin");
    const origin = req.get("origin");
    const allowed = origin !== undefined && (await store.clients.isAllowedOrigin(origin));
    if (allowed) res.set("Access-Control-Allow-Origin", origin);
    if (req.method === "OPTIONS") {
      if (allowed) {
        res.set({
          "Access-Control-Allow-Methods": allowMethods,
          "Access-Control-Allow-Headers": "Authorization, Content-Type, DPoP",
          "Access-Control-Max-Age": "600",
        });
      }
      res.status(204).end();
      return;
    }
    if (allowed) res.set("Access-Control-Expose-Headers", "WWW-Authenticate");
    next();
  };
}

/** Withdraws the CORS grant when the request's origin is not one of this client's own. */
export function restrictCorsToClient(req: Request, res: Response, client: ClientRecord): void {
  const origin = req.get("origin");
  if (origin !== undefined && !client.allowed_origins.includes(origin)) {
    res.removeHeader("Access-Control-Allow-Origin");
    res.removeHeader("Access-Control-Expose-Headers");
  }
}
