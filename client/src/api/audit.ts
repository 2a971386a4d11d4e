import { type AuditPage, type AuditQueryParameters, auditPageSchema } from "@gatehouse/shared/schemas/audit";
import { http, send } from "./http.ts";

/** `GET /api/audit`: one page of the current portal's events, newest first (docs/api.md#audit). */
export function listAuditEvents(query: AuditQueryParameters): Promise<AuditPage> {
  const searchParams = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") searchParams.set(name, `${value}`);
  }
  return send(auditPageSchema, () => http.get("api/audit", { searchParams }));
}
