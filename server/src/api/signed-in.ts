import type { Request } from "express";
import type { Deps } from "../deps.ts";
import { findSignedIn, type SignedIn } from "../domain/sessions.ts";
import { unauthenticated } from "../errors.ts";

/** The person `req`'s session cookie signs in: 401 unauthenticated without a live session (docs/api.md#your-account). */
export async function requireSignedIn(deps: Deps, req: Request): Promise<SignedIn> {
  const signedIn = await findSignedIn(deps, deps.cookies.read(req, "session"));
  if (!signedIn) throw unauthenticated();
  return signedIn;
}
