import { z } from "zod";
import { isoTimeSchema } from "./common.ts";

/**
 * Every security event the audit log records, named as docs/operations.md#audit-events lists them.
 * @see docs/operations.md#audit-log
 */
export const auditEventNameSchema = z.enum([
  "sign_in.succeeded",
  "sign_in.failed",
  "second_factor.used",
  "signed_out",
  "consent.granted",
  "consent.revoked",
  "refresh_token.reused",
  "client.created",
  "client.updated",
  "client.enabled",
  "client.disabled",
  "client.secret_regenerated",
  "client.deleted",
  "person.invited",
  "person.joined",
  "person.role_changed",
  "person.disabled",
  "person.enabled",
  "person.removed",
  "password.changed",
  "password.reset_requested",
  "password.reset",
  "second_factor.added",
  "second_factor.removed",
]);
export type AuditEventName = z.infer<typeof auditEventNameSchema>;

/** The paging cursor: `next_before` of an earlier page. */
export const auditCursorSchema = z.string().regex(/^\d{15}[0-9a-f]{16}$/, "before must be a next_before");

/** `GET /api/audit` (docs/api.md#audit): every parameter optional; `before` also takes an ISO time. */
export const auditQuerySchema = z.object({
  /** A user id or an email. */
  person: z.string().trim().toLowerCase().min(1).max(254).optional(),
  event: auditEventNameSchema.optional(),
  before: z.union([auditCursorSchema, isoTimeSchema]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditQueryParameters = z.input<typeof auditQuerySchema>;

export const auditPersonSchema = z.object({ user_id: z.string(), email: z.string() });

export const auditEventSchema = z.object({
  id: z.string(),
  /** ISO 8601 in UTC, to the millisecond. */
  time: isoTimeSchema,
  portal_id: z.string().nullable(),
  event: auditEventNameSchema,
  /** Null when nobody known acted (a sign-in with an unknown email). */
  person: auditPersonSchema.nullable(),
  address: z.string().nullable(),
  user_agent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next_before: auditCursorSchema.nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
