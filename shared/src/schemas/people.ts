import { z } from "zod";
import { displayNameSchema, passwordInputSchema } from "./account.ts";
import { portalSchema, userSchema } from "./api.ts";
import { emailSchema, isoTimeSchema, oneTimeTokenSchema, portalIdSchema, roleSchema } from "./common.ts";

export { ROLES, type Role, roleSchema } from "./common.ts";

export const PERSON_STATUSES = ["active", "invited", "disabled"] as const;
export const personStatusSchema = z.enum(PERSON_STATUSES);
export type PersonStatus = z.infer<typeof personStatusSchema>;

/** One member of the current portal, as `GET /api/people` lists them. */
export const personSchema = z.object({
  user_id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: roleSchema,
  status: personStatusSchema,
  /** ISO 8601; null when the person never signed in. */
  last_sign_in_at: isoTimeSchema.nullable(),
});
export type Person = z.infer<typeof personSchema>;
export const peopleSchema = z.array(personSchema);

/** `POST /api/people/invitations` */
export const invitePersonSchema = z.object({ email: emailSchema, role: roleSchema });
export type InvitePerson = z.infer<typeof invitePersonSchema>;
export const invitationAnswerSchema = z.object({ invitation_url: z.string(), expires_at: isoTimeSchema });
export type InvitationAnswer = z.infer<typeof invitationAnswerSchema>;

/** `PATCH /api/people/:user_id`: a role, a status, or both. */
export const updatePersonSchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, "Change the role or the status");
export type UpdatePerson = z.infer<typeof updatePersonSchema>;

/** `POST /api/people/:user_id/password-reset` */
export const resetLinkAnswerSchema = z.object({ reset_url: z.string(), expires_at: isoTimeSchema });
export type ResetLinkAnswer = z.infer<typeof resetLinkAnswerSchema>;

/** `POST /api/invitations/lookup`; the token travels in bodies only, never in a path or query. */
export const tokenBodySchema = z.object({ token: oneTimeTokenSchema });
export type TokenBody = z.infer<typeof tokenBodySchema>;
export const invitationLookupAnswerSchema = z.object({ portal: portalSchema, email: z.string() });
export type InvitationLookupAnswer = z.infer<typeof invitationLookupAnswerSchema>;

/**
 * `POST /api/invitations/accept`: a new person names themselves and sets a password; someone already
 * signed in with the invited email sends the token alone.
 */
export const acceptInvitationSchema = z.union([
  z.object({ token: oneTimeTokenSchema, display_name: displayNameSchema, password: passwordInputSchema }),
  z.object({ token: oneTimeTokenSchema }),
]);
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;
export const acceptInvitationAnswerSchema = z.object({ user: userSchema });

/** `POST /api/setup`: the first portal and its owner, created once with the setup link's token. */
export const setupSchema = z.object({
  token: oneTimeTokenSchema,
  portal_name: z
    .string()
    .trim()
    .min(2, "Portal name must be 2–64 characters")
    .max(64, "Portal name must be 2–64 characters"),
  /** Lower-case letters, digits and dashes; derived from the name when omitted. */
  portal_id: portalIdSchema.optional(),
  email: emailSchema,
  display_name: displayNameSchema,
  password: passwordInputSchema,
});
export type Setup = z.infer<typeof setupSchema>;
