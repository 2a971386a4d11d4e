import { z } from "zod";
import { SCOPE_GROUPS, scopeNameSchema } from "../scopes.ts";

/** `POST /api/session` (contract §6). Emails compare case-insensitively. */
export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email" }).max(254)),
  password: z.string().min(1, "Enter your password").max(1024),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** `POST /api/session/portal` */
export const choosePortalSchema = z.object({ portal_id: z.string().min(1).max(128) });
export type ChoosePortal = z.infer<typeof choosePortalSchema>;

/** `POST /api/interactions/:id/consent` */
export const consentDecisionSchema = z.object({ decision: z.enum(["allow", "deny"]) });
export type ConsentDecision = z.infer<typeof consentDecisionSchema>;

export const interactionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "unknown interaction");

export const portalSchema = z.object({ id: z.string(), name: z.string() });
export type Portal = z.infer<typeof portalSchema>;

export const userSchema = z.object({
  email: z.string(),
  display_name: z.string(),
  /** The portal chosen for this session; null until the person has chosen one. */
  portal: portalSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const sessionAnswerSchema = z.object({ user: userSchema, portals: z.array(portalSchema) });
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

export const userAnswerSchema = z.object({ user: userSchema });

/** What the consent page shows of an app. */
export const clientSummarySchema = z.object({
  client_id: z.string(),
  name: z.string(),
  description: z.string(),
  website_url: z.string(),
  logo_uri: z.string(),
  policy_url: z.string(),
  terms_url: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const scopeLineSchema = z.object({
  name: scopeNameSchema,
  group: z.enum(SCOPE_GROUPS),
  description: z.string(),
  new: z.boolean(),
});
export type ScopeLine = z.infer<typeof scopeLineSchema>;

export const INTERACTION_STEPS = ["login", "portal", "consent", "done"] as const;
export type InteractionStep = (typeof INTERACTION_STEPS)[number];

/** `GET /api/interactions/:id` */
export const interactionSchema = z.object({
  id: z.string(),
  step: z.enum(INTERACTION_STEPS),
  redirect_to: z.string().optional(),
  client: clientSummarySchema,
  scopes: z.array(scopeLineSchema),
  user: userSchema.optional(),
  portals: z.array(portalSchema).optional(),
  login_hint: z.string().optional(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/** The answer of a consent decision: where the browser goes next. */
export const redirectAnswerSchema = z.object({ redirect_to: z.string() });
export type RedirectAnswer = z.infer<typeof redirectAnswerSchema>;
