import type { ApiError } from "../../api/http.ts";

/** What a person reads when accepting fails; a dead link (410) gets its own page instead. */
export function acceptFailure(error: ApiError): string | null {
  if (error.status === 410) return null;
  if (error.status === 429) return "Too many attempts. Wait a few minutes and try again.";
  return error.description ?? "The invitation could not be accepted. Try again.";
}
