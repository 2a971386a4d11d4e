import type { PasswordResetConfirm } from "@gatehouse/shared/schemas/account";
import { http, sendWithoutAnswer } from "./http.ts";

/** `POST /api/password-reset`: `202` whether or not the email is known, so the answer tells nobody who has an account. */
export function requestPasswordReset(email: string): Promise<void> {
  return sendWithoutAnswer(() => http.post("api/password-reset", { json: { email } }));
}

/** `POST /api/password-reset/confirm`: 410 `expired` for a used, expired or unknown link; every session ends. */
export function confirmPasswordReset(body: PasswordResetConfirm): Promise<void> {
  return sendWithoutAnswer(() => http.post("api/password-reset/confirm", { json: body }));
}
