import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, passwordProblem } from "../passwords.ts";
import { emailSchema, isoTimeSchema, nameSchema, oneTimeTokenSchema } from "./common.ts";

/** docs/api.md#your-account */
export const displayNameSchema = nameSchema("name", 128);

/**
 * A password as sent, before the rules that need the email (`passwordProblem`); the form and the
 * server both run those with `newPasswordSchema`.
 */
export const passwordInputSchema = z
  .string()
  .min(1, "Enter a password")
  .max(PASSWORD_MAX_LENGTH * 4);

/** A new password for the person with `email`: the one rule the form and the server share (docs/security.md#passwords). */
export const newPasswordSchema = (email: string) =>
  passwordInputSchema.superRefine((password, ctx) => {
    const problem = passwordProblem(password, email);
    if (problem !== null)
      ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES[problem], params: { problem } });
  });

/** `GET /api/account`, `PATCH /api/account` */
export const accountSchema = z.object({
  user_id: z.string(),
  email: z.string(),
  display_name: z.string(),
});
export type Account = z.infer<typeof accountSchema>;
export const updateAccountSchema = z.object({ display_name: displayNameSchema });
export type UpdateAccount = z.infer<typeof updateAccountSchema>;

/**
 * A body that sets `new_password` on the strength of `proof` (the current password, or a reset
 * link's token); the rules that need the email run on the server (docs/security.md#passwords).
 */
const newPasswordBody = <Proof extends z.ZodRawShape>(proof: Proof) =>
  z.object({ ...proof, new_password: passwordInputSchema });

/** `POST /api/account/password`: `400 weak_password`, `401 invalid_credentials`. */
export const changePasswordSchema = newPasswordBody({ current_password: passwordInputSchema });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

/** One signed-in browser, as `GET /api/account/sessions` lists it. */
export const accountSessionSchema = z.object({
  id: z.string(),
  /** From the user agent, e.g. "Firefox 133"; null when it names no known browser. */
  browser: z.string().nullable(),
  /** e.g. "Windows 11"; null when unknown. */
  os: z.string().nullable(),
  address: z.string().nullable(),
  signed_in_at: isoTimeSchema,
  last_seen_at: isoTimeSchema,
  /** The session of the browser asking. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;
export const accountSessionsSchema = z.array(accountSessionSchema);

/** `POST /api/password-reset`: `202` whether or not the email is known. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** `POST /api/password-reset/confirm`: `204`, `400 weak_password`, `410 expired`. */
export const passwordResetConfirmSchema = newPasswordBody({ token: oneTimeTokenSchema });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;
