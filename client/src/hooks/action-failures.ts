import type { ApiError } from "../api/http.ts";

/**
 * The failure text of a form whose refusals mostly stand elsewhere: the statuses in `shownElsewhere` answer null (the
 * message sits beside a field, or a dead link gets its own page), 429 asks for patience, the rest says what failed.
 */
export function failureText(fallback: string, shownElsewhere: readonly number[] = []) {
  return (error: ApiError): string | null => {
    if (shownElsewhere.includes(error.status)) return null;
    if (error.status === 429) return "Too many attempts. Wait a few minutes and try again.";
    return error.description ?? fallback;
  };
}

/**
 * A one-time link's form where someone new chooses a password (setup, invitation): 410 means the link is spent, and
 * `weak_password` (docs/security.md#passwords) is said beside the password field.
 */
export function onLinkPasswordRefused(onExpired: () => void, showPasswordError: (message: string) => void) {
  return (error: ApiError): void => {
    if (error.status === 410) onExpired();
    if (error.status === 400 && error.code === "weak_password")
      showPasswordError(error.description ?? "Choose another password");
  };
}
