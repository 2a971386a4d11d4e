import type { InteractionStep } from "@gatehouse/shared";
import type { GrantRecord, InteractionRecord, SessionRecord, UserRecord } from "../store/types.ts";
import { grantCovers } from "./authorization.ts";

/** Seconds a person has to finish signing in and deciding. */
export const INTERACTION_TTL = 30 * 60;

export interface InteractionState {
  interaction: InteractionRecord;
  session: SessionRecord | null;
  user: UserRecord | null;
  /** The portal the session acts for, or null while the person has several and chose none. */
  portalId: string | null;
  /** The earlier grant of this user, portal and client, if any. */
  grant: GrantRecord | null;
}

/**
 * The step machine of contract §5: sign-in, then the portal chooser, then consent, unless the
 * session, the chosen portal or an earlier grant already answer them. `implied` means remembered
 * consent covers the request: the caller issues the code without showing a page.
 * @see OpenID Connect Core §3.1.2.1 (prompt)
 */
export function interactionStep({
  interaction,
  session,
  user,
  portalId,
  grant,
}: InteractionState): InteractionStep | "implied" {
  if (interaction.result) return "done";
  const { prompt, scopes } = interaction.request;
  if (!session || !user) return "login";
  if (prompt === "login" && session.auth_time < interaction.created_at) return "login";
  if (portalId === null) return "portal";
  if (
    prompt === "select_account" &&
    user.accounts.length > 1 &&
    (session.portal_chosen_at ?? 0) < interaction.created_at
  ) {
    return "portal";
  }
  if (prompt !== "consent" && grantCovers(grant, scopes)) return "implied";
  return "consent";
}
