import type { Request } from "express";
import type { Deps } from "../deps.ts";
import type { SignedIn } from "../domain/sessions.ts";
import { forbidden, invalidRequest } from "../errors.ts";
import { requireSignedIn } from "./signed-in.ts";

export interface PortalMember extends SignedIn {
  portalId: string;
  role: "owner" | "admin" | "user";
}

/** The signed-in person acting on their current portal: 401 without a session, 400 before a portal is chosen. */
export async function requirePortalMember(deps: Deps, req: Request): Promise<PortalMember> {
  const signedIn = await requireSignedIn(deps, req);
  const { portalId } = signedIn;
  if (!portalId) throw invalidRequest("choose a portal first");
  const account = signedIn.user.accounts.find((candidate) => candidate.portal_id === portalId);
  if (!account) throw forbidden("you are not a member of this portal");
  return { ...signedIn, portalId, role: account.role };
}

/** An owner or admin of the current portal; anyone else gets 403 (docs/api.md#clients). */
export async function requirePortalAdmin(
  deps: Deps,
  req: Request,
  refusal = "only owners and admins of this portal manage its apps",
): Promise<PortalMember> {
  const member = await requirePortalMember(deps, req);
  if (member.role === "user") throw forbidden(refusal);
  return member;
}
