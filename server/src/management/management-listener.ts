import type { RequestListener } from "node:http";
import type { Logger } from "pino";
import { sendError } from "../http/render-error.ts";
import { sendJson } from "../http/respond.ts";
import type { Metrics } from "./metrics.ts";
import { checkReadiness, type ReadinessDeps } from "./readiness.ts";

export interface ManagementDeps extends ReadinessDeps {
  metrics: Pick<Metrics, "registry">;
  logger: Logger;
}

/**
 * The management port's routes, for probes and scrapers, never on the public port:
 * `/healthz` (the process serves), `/readyz` (it can answer requests), `/metrics` (Prometheus text).
 * @see docs/operations.md#management-port
 */
export function managementListener({ metrics, logger, ...readiness }: ManagementDeps): RequestListener {
  async function answer(path: string, res: Parameters<RequestListener>[1]): Promise<void> {
    res.setHeader("Cache-Control", "no-store");
    if (path === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (path === "/readyz") {
      const failure = await checkReadiness(readiness);
      if (failure) logger.warn({ reason: failure }, "not ready");
      return sendJson(
        res,
        failure ? 503 : 200,
        failure ? { status: "unavailable", reason: failure } : { status: "ok" },
      );
    }
    if (path === "/metrics") {
      const text = await metrics.registry.metrics();
      res.setHeader("Content-Type", metrics.registry.contentType);
      res.end(text);
      return;
    }
    sendJson(res, 404, { error: "not_found" });
  }

  return function management(req, res) {
    const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      sendJson(res, 405, { error: "method_not_allowed" });
      return;
    }
    answer(path, res).catch((error: unknown) => sendError(res, error, logger));
  };
}
