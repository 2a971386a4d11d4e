import type { Request } from "express";
import type { SignInOrigin } from "../domain/sessions.ts";

/** Where a request came from: its user agent and its address as `TRUST_PROXY` decides (http/client-address.ts). */
export const requestOrigin = (req: Request): SignInOrigin => ({
  userAgent: req.get("user-agent") ?? null,
  address: req.ip ?? null,
});
