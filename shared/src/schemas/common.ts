import { z } from "zod";
import { isPlainText } from "./text.ts";

/** An email as people type it; compared case-insensitively, so kept lower-case. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email" }).max(254, "Email must be at most 254 characters"));

/** A time on the wire: ISO 8601 in UTC. */
export const isoTimeSchema = z.iso.datetime();

/**
 * An invitation, reset or setup token as the links carry it: base64url of at least 128 random bits
 * (docs/security.md#one-time-links).
 */
export const oneTimeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/, "This link is not valid");

/** A portal id: what `BOOTSTRAP_PORTAL`, the command line and the setup page accept. */
export const portalIdSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "Portal id must be lower-case letters, digits and dashes");

/** A free-text name: one line, bounded, no control characters. */
export const nameSchema = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter a ${label}`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} must be at most ${max} characters`)
    .refine(isPlainText, `${label[0]?.toUpperCase()}${label.slice(1)} must not contain control characters`);

/** A person's role on a portal (docs/api.md#people). */
export const ROLES = ["owner", "admin", "user"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
