import type { User } from "@gatehouse/shared";
import {
  type AcceptInvitation,
  acceptInvitationAnswerSchema,
  type InvitationLookupAnswer,
  invitationLookupAnswerSchema,
} from "@gatehouse/shared/schemas/people";
import { http, send } from "./http.ts";

/** `POST /api/invitations/lookup`: the token travels in the body, never in an address; 410 `expired` for a dead link. */
export function lookupInvitation(token: string): Promise<InvitationLookupAnswer> {
  return send(invitationLookupAnswerSchema, () => http.post("api/invitations/lookup", { json: { token } }));
}

/** `POST /api/invitations/accept`: a new person names themselves and sets a password; a signed-in one sends the token alone. */
export async function acceptInvitation(body: AcceptInvitation): Promise<User> {
  const answer = await send(acceptInvitationAnswerSchema, () =>
    http.post("api/invitations/accept", { json: body }),
  );
  return answer.user;
}
