import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Notes the template of the route that answers `req` (`/api/clients/:clientId`, never the path
 * itself, so a metric's label set stays bounded): Express's router sets `req.route` as it enters a
 * route, when `req.baseUrl` is still the mount path; by the time an error is answered it is not.
 * Returns a reader of what was noted (undefined when no route matched).
 */
export function noteRouteTemplate(req: IncomingMessage): () => string | undefined {
  let route: unknown;
  let template: string | undefined;
  Object.defineProperty(req, "route", {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: unknown) {
      route = value;
      const path = typeof value === "object" && value !== null ? Reflect.get(value, "path") : undefined;
      const base = Reflect.get(req, "baseUrl");
      if (typeof path === "string") template = `${typeof base === "string" ? base : ""}${path}`;
    },
  });
  return () => template;
}

/** What a request's measurement reports once it is answered. */
export type ObserveRequest = (route: string, method: string, status: number, seconds: number) => void;

/**
 * Measures each request from arrival to the end of its answer and reports it under its route
 * template: `fixedRoute` for routes served outside Express, `other` when no route matched.
 */
export function measureRequest(observe: ObserveRequest) {
  return function measure(req: IncomingMessage, res: ServerResponse, fixedRoute?: string) {
    const started = process.hrtime.bigint();
    const template = noteRouteTemplate(req);
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      observe(fixedRoute ?? template() ?? "other", req.method ?? "GET", res.statusCode, seconds);
    });
  };
}
