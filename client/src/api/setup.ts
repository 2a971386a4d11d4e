import { type SessionAnswer, sessionAnswerSchema } from "@gatehouse/shared";
import type { Setup } from "@gatehouse/shared/schemas/people";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** `POST /api/setup/lookup`: 410 `expired` for a used, expired or unknown setup link, or once someone is set up. */
export function lookupSetup(token: string): Promise<void> {
  return sendWithoutAnswer(() => http.post("api/setup/lookup", { json: { token } }));
}

/** `POST /api/setup`: creates the first portal and its owner with the setup link's token, and signs them in. */
export function runSetup(body: Setup): Promise<SessionAnswer> {
  return send(sessionAnswerSchema, () => http.post("api/setup", { json: body }));
}
