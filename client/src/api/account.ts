import {
  type Account,
  type AccountSession,
  accountSchema,
  accountSessionsSchema,
  type ChangePassword,
  type UpdateAccount,
} from "@gatehouse/shared/schemas/account";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** `GET /api/account` (docs/api.md#your-account) */
export function getAccount(): Promise<Account> {
  return send(accountSchema, () => http.get("api/account"));
}

/** `PATCH /api/account` */
export function updateAccount(body: UpdateAccount): Promise<Account> {
  return send(accountSchema, () => http.patch("api/account", { json: body }));
}

/** `POST /api/account/password`: 401 `invalid_credentials` for a wrong current password; other sessions end. */
export function changePassword(body: ChangePassword): Promise<void> {
  return sendWithoutAnswer(() => http.post("api/account/password", { json: body }));
}

/** `GET /api/account/sessions`: every browser signed in to this account, this one marked `current`. */
export function listSessions(): Promise<AccountSession[]> {
  return send(accountSessionsSchema, () => http.get("api/account/sessions"));
}

/** `DELETE /api/account/sessions/:id`: signs that browser out. */
export function endSession(id: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete(`api/account/sessions/${encodeURIComponent(id)}`));
}

/** `DELETE /api/account/sessions`: signs out every browser but this one. */
export function endOtherSessions(): Promise<void> {
  return sendWithoutAnswer(() => http.delete("api/account/sessions"));
}
