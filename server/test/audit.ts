import { type AuditEvent, auditPageSchema } from "@gatehouse/shared/schemas/audit";
import { expect } from "vitest";
import type { TestBrowser } from "./browser.ts";

/** The events `GET /api/audit` answers `browser` for `query`, once every recorded event is stored. */
export async function auditEvents(
  server: { audit: { flush(): Promise<void> } },
  browser: TestBrowser,
  query: Record<string, string> = {},
): Promise<AuditEvent[]> {
  await server.audit.flush();
  const response = await browser.json(`/api/audit?${new URLSearchParams(query)}`, "GET");
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return auditPageSchema.parse(await response.json()).events;
}
