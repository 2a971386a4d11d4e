import { type AuditQueryParameters, auditEventNameSchema } from "@gatehouse/shared/schemas/audit";

/** What the page's filters hold: a person, an event name, and the last day to show (`YYYY-MM-DD`). */
export interface AuditFilters {
  person: string;
  event: string;
  until: string;
}

export const EMPTY_FILTERS: AuditFilters = { person: "", event: "", until: "" };

/** Events shown per page. */
export const PAGE_SIZE = 50;

/**
 * The query of one page: the filters, and where the page starts: the cursor of the last page, or the
 * end of the chosen day in the browser's time zone (docs/api.md#audit: `before` takes an instant).
 */
export function auditQuery(filters: AuditFilters, cursor: string | null): AuditQueryParameters {
  const query: AuditQueryParameters = { limit: PAGE_SIZE };
  if (filters.person.trim()) query.person = filters.person.trim();
  const event = auditEventNameSchema.safeParse(filters.event);
  if (event.success) query.event = event.data;
  if (cursor) query.before = cursor;
  else if (filters.until) {
    const [year = 0, month = 1, day = 1] = filters.until.split("-").map(Number);
    query.before = new Date(year, month - 1, day + 1).toISOString();
  }
  return query;
}
