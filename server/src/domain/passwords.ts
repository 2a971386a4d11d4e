import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { weakPassword } from "../errors.ts";
import { hashPassword } from "./secrets.ts";

/**
 * Hashes a new password for the person with `email`, once the shared rules accept it: the same
 * rules the form runs, so the server never accepts what the form refuses, or the other way round.
 * @see docs/security.md#passwords
 */
export async function hashNewPassword(password: string, email: string): Promise<string> {
  const checked = newPasswordSchema(email).safeParse(password);
  if (!checked.success) throw weakPassword(checked.error.issues[0]?.message ?? "choose a stronger password");
  return hashPassword(password);
}
