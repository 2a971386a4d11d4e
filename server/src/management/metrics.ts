import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { AuditEntry } from "../domain/audit.ts";

/**
 * The figures `/metrics` serves (docs/operations.md#metrics), on a registry of their own: every
 * label takes values from a bounded set (route templates, grant types, outcomes, operation names).
 */
export interface Metrics {
  readonly registry: Registry;
  readonly requestDuration: Histogram<"route" | "method" | "status">;
  readonly tokensIssued: Counter<"grant_type">;
  readonly signIns: Counter<"outcome">;
  readonly throttled: Counter<"route">;
  readonly refreshTokenReuse: Counter;
  readonly storeDuration: Histogram<"operation" | "outcome">;
}

/** Request and store latencies from a millisecond to ten seconds. */
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(registry: Registry = new Registry()): Metrics {
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer a request, by route template, method and status",
      labelNames: ["route", "method", "status"],
      buckets: SECONDS,
      registers,
    }),
    tokensIssued: new Counter({
      name: "gatehouse_tokens_issued_total",
      help: "Token responses issued by the token endpoint, by grant type",
      labelNames: ["grant_type"],
      registers,
    }),
    signIns: new Counter({
      name: "gatehouse_sign_ins_total",
      help: "Password sign-ins, by outcome (succeeded, failed, throttled)",
      labelNames: ["outcome"],
      registers,
    }),
    throttled: new Counter({
      name: "gatehouse_throttled_requests_total",
      help: "Requests answered 429 by a throttle, by route template",
      labelNames: ["route"],
      registers,
    }),
    refreshTokenReuse: new Counter({
      name: "gatehouse_refresh_token_reuse_total",
      help: "Rotated refresh tokens presented again (each revoked its grant)",
      registers,
    }),
    storeDuration: new Histogram({
      name: "gatehouse_store_operation_duration_seconds",
      help: "Time of one store operation, by repository.operation and outcome (ok, error)",
      labelNames: ["operation", "outcome"],
      buckets: SECONDS,
      registers,
    }),
  };
}

/** Counts what the audit log sees: sign-ins by outcome, refresh-token reuse. */
export function observeAuditEvents(metrics: Metrics): (entry: AuditEntry) => void {
  return function countAuditEvent({ event, details }) {
    if (event === "sign_in.succeeded") metrics.signIns.inc({ outcome: "succeeded" });
    else if (event === "sign_in.failed") {
      metrics.signIns.inc({ outcome: details?.reason === "throttled" ? "throttled" : "failed" });
    } else if (event === "refresh_token.reused") metrics.refreshTokenReuse.inc();
  };
}
