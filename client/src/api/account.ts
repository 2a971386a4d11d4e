import {
  accountSchema,
  accountSessionsSchema,
  changePasswordSchema,
  updateAccountSchema,
} from "@gatehouse/shared/schemas/account";
import { endpoint } from "./endpoint.ts";
import { http, itemPath, sendWithoutAnswer } from "./http.ts";

/** `GET /api/account` (docs/api.md#your-account) */
export const getAccount = endpoint("get", "api/account", { answer: accountSchema });

/** `PATCH /api/account` */
export const updateAccount = endpoint("patch", "api/account", {
  body: updateAccountSchema,
  answer: accountSchema,
});

/** `POST /api/account/password`: 401 `invalid_credentials` for a wrong current password; other sessions end. */
export const changePassword = endpoint("post", "api/account/password", { body: changePasswordSchema });

/** `GET /api/account/sessions`: every browser signed in to this account, this one marked `current`. */
export const listSessions = endpoint("get", "api/account/sessions", { answer: accountSessionsSchema });

/** `DELETE /api/account/sessions/:id`: signs that browser out. */
export function endSession(id: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete(itemPath("api/account/sessions", id)));
}

/** `DELETE /api/account/sessions`: signs out every browser but this one. */
export const endOtherSessions = endpoint("delete", "api/account/sessions");
