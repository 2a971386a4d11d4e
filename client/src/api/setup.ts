import { type SessionAnswer, sessionAnswerSchema } from "@gatehouse/shared";
import type { Setup } from "@gatehouse/shared/schemas/people";
import { http, send } from "./http.ts";

/** `POST /api/setup`: creates the first portal and its owner with the setup link's token, and signs them in. */
export function runSetup(body: Setup): Promise<SessionAnswer> {
  return send(sessionAnswerSchema, () => http.post("api/setup", { json: body }));
}
