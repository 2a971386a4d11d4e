import {
  type InvitationAnswer,
  type InvitePerson,
  invitationAnswerSchema,
  type Person,
  peopleSchema,
  personSchema,
  type ResetLinkAnswer,
  resetLinkAnswerSchema,
  type UpdatePerson,
} from "@gatehouse/shared/schemas/people";
import { http, itemPath, send, sendWithoutAnswer } from "./http.ts";

const personPath = (userId: string) => itemPath("api/people", userId);

/** `GET /api/people`: the current portal's members; 403 `forbidden` unless the person is an owner or admin. */
export function listPeople(): Promise<Person[]> {
  return send(peopleSchema, () => http.get("api/people"));
}

/** `POST /api/people/invitations`: a single-use link valid 7 days, answered this once (docs/api.md#people). */
export function invitePerson(body: InvitePerson): Promise<InvitationAnswer> {
  return send(invitationAnswerSchema, () => http.post("api/people/invitations", { json: body }));
}

/** `PATCH /api/people/:user_id`: 409 `last_owner` when the portal would be left without an active owner. */
export function updatePerson(userId: string, body: UpdatePerson): Promise<Person> {
  return send(personSchema, () => http.patch(personPath(userId), { json: body }));
}

/** `DELETE /api/people/:user_id`: removes them from this portal and revokes their grants on it. */
export function removePerson(userId: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete(personPath(userId)));
}

/** `POST /api/people/:user_id/password-reset`: a single-use reset link, answered this once. */
export function makeResetLink(userId: string): Promise<ResetLinkAnswer> {
  return send(resetLinkAnswerSchema, () => http.post(`${personPath(userId)}/password-reset`));
}
