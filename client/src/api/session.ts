import {
  type ChoosePortal,
  type Credentials,
  type SessionAnswer,
  sessionAnswerSchema,
  type User,
  userAnswerSchema,
} from "@gatehouse/shared";
import { type SecondFactorNeeded, secondFactorNeededSchema } from "@gatehouse/shared/schemas/second-factors";
import { z } from "zod";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** `GET /api/session`: who is signed in and their portals; 401 `unauthenticated` without a session. */
export function getSession(): Promise<SessionAnswer> {
  return send(sessionAnswerSchema, () => http.get("api/session"));
}

/** A right password signs in, or asks for the second factor first (docs/api.md#second-factors). */
const signInAnswerSchema = z.union([sessionAnswerSchema, secondFactorNeededSchema]);

/** `POST /api/session`: 401 `invalid_credentials` for a wrong email or password alike, 429 when throttled. */
export function signIn(body: Credentials): Promise<SessionAnswer | SecondFactorNeeded> {
  return send(signInAnswerSchema, () => http.post("api/session", { json: body }));
}

/**
 * `POST /api/session/portal`: the grant and its tokens will belong to this portal (docs/api.md#authorization-endpoint);
 * with `account`, that signed-in account becomes the active one (docs/api.md#several-accounts).
 */
export async function choosePortal(body: ChoosePortal): Promise<User> {
  const answer = await send(userAnswerSchema, () => http.post("api/session/portal", { json: body }));
  return answer.user;
}

/** `DELETE /api/session`: ends every account's session, so the journey asks who is signing in again. */
export function signOut(): Promise<void> {
  return sendWithoutAnswer(() => http.delete("api/session"));
}

/** `DELETE /api/session?account=`: ends that account's session only; the others stay signed in (docs/api.md#several-accounts). */
export function signOutAccount(userId: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete("api/session", { searchParams: { account: userId } }));
}
