import type { Request } from "express";
import { type AuditSource, auditSource } from "../domain/audit.ts";
import type { SignInOrigin } from "../domain/sessions.ts";

/** Where a request came from: its user agent and its address as `TRUST_PROXY` decides (http/client-address.ts). */
export const requestOrigin = (req: Request): SignInOrigin => ({
  userAgent: req.get("user-agent") ?? null,
  address: req.ip ?? null,
});

/** The same, as an audit event records it (docs/api.md#audit). */
export const requestSource = (req: Request): AuditSource => auditSource(req.ip, req.get("user-agent"));
