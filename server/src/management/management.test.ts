import { tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, TestBrowser } from "../../test/browser.ts";
import { BOB, NOTES } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { labelValues, sampleValue, scrape } from "../../test/metrics.ts";
import { postToken } from "../../test/oauth-app.ts";

const server = useTestServer({ management: true });

describe("the management port (docs/operations.md#management-port)", () => {
  it("answers /healthz and /readyz 200 while serving, with no caching", async () => {
    for (const path of ["/healthz", "/readyz"]) {
      const response = await fetch(`${server.managementUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ status: "ok" });
    }
  });

  it("answers 404 to other paths and 405 to writes", async () => {
    expect((await fetch(`${server.managementUrl}/admin`)).status).toBe(404);
    expect((await fetch(`${server.managementUrl}/metrics`, { method: "POST" })).status).toBe(405);
  });

  it("is never served on the public port: /healthz, /readyz and /metrics answer 404 there", async () => {
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    }
  });
});

describe("GET /metrics (docs/operations.md#metrics)", () => {
  it("serves the process's own figures and every Gatehouse family, parsed as Prometheus text", async () => {
    const { families } = await scrape(server.managementUrl);
    const names = families.map((family) => family.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "process_cpu_seconds_total",
        "nodejs_eventloop_lag_seconds",
        "http_request_duration_seconds",
        "gatehouse_tokens_issued_total",
        "gatehouse_sign_ins_total",
        "gatehouse_throttled_requests_total",
        "gatehouse_refresh_token_reuse_total",
        "gatehouse_store_operation_duration_seconds",
      ]),
    );
    expect(families.find((family) => family.name === "http_request_duration_seconds")?.type).toBe(
      "HISTOGRAM",
    );
  });

  it("counts requests by route template, never by raw path, and unknown paths under one label", async () => {
    const browser = new TestBrowser(server.url);
    for (const id of ["first-unknown-interaction-id", "second-unknown-interaction-id"]) {
      await browser.json(`/api/interactions/${id}`, "GET");
    }
    for (const path of ["/nothing/here", "/nor/here", "/api/nothing"]) await fetch(`${server.url}${path}`);
    const scraped = await scrape(server.managementUrl);
    const routes = labelValues(scraped, "http_request_duration_seconds_count", "route");
    expect(routes).toContain("/api/interactions/:id");
    expect([...routes].some((route) => route?.includes("unknown-interaction"))).toBe(false);
    expect([...routes].some((route) => route?.includes("nothing") || route?.includes("here"))).toBe(false);
    expect(
      sampleValue(scraped, "http_request_duration_seconds_count", {
        route: "/api/interactions/:id",
        method: "GET",
      }),
    ).toBe(2);
    expect(
      sampleValue(scraped, "http_request_duration_seconds_count", { route: "other", status: "404" }),
    ).toBe(3);
  });

  it("counts sign-ins by outcome, throttled requests, tokens by grant type, refresh-token reuse and store operations", async () => {
    const before = await scrape(server.managementUrl);
    const back = await authorizeThroughSpa(server);
    const code = back.searchParams.get("code") ?? "";
    const issued = await postToken(server.url, { grant_type: "authorization_code", code, ...NOTES });
    const { refresh_token } = tokenResponseSchema.parse(await issued.json());
    const refresh = () =>
      postToken(server.url, { grant_type: "refresh_token", refresh_token: refresh_token ?? "", ...NOTES });
    expect((await refresh()).status).toBe(200);
    expect((await refresh()).status).toBe(400);
    // Bob's failures: free ones first, then the throttle answers 429 (docs/security.md#throttling).
    let throttled = 0;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const response = await signIn(new TestBrowser(server.url), BOB.email, "wrong");
      if (response.status === 429) throttled += 1;
    }
    expect(throttled).toBeGreaterThan(0);

    const after = await scrape(server.managementUrl);
    const grew = (name: string, labels: Record<string, string> = {}) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(grew("gatehouse_sign_ins_total", { outcome: "succeeded" })).toBe(1);
    expect(grew("gatehouse_sign_ins_total", { outcome: "failed" })).toBe(8 - throttled);
    expect(grew("gatehouse_sign_ins_total", { outcome: "throttled" })).toBe(throttled);
    expect(grew("gatehouse_throttled_requests_total", { route: "/api/session/" })).toBe(throttled);
    expect(grew("gatehouse_tokens_issued_total", { grant_type: "authorization_code" })).toBe(1);
    expect(grew("gatehouse_tokens_issued_total", { grant_type: "refresh_token" })).toBe(1);
    expect(grew("gatehouse_refresh_token_reuse_total")).toBe(1);
    expect(grew("http_request_duration_seconds_count", { route: "/oauth2/token", status: "400" })).toBe(1);
    expect(
      grew("gatehouse_store_operation_duration_seconds_count", {
        operation: "sessions.insert",
        outcome: "ok",
      }),
    ).toBe(1);
    expect(
      grew("gatehouse_store_operation_duration_seconds_count", { operation: "throttle.hit" }),
    ).toBeGreaterThan(0);
  });
});
