import type { ApiError } from "../api/http.ts";
import { weakPasswordText } from "./issue-messages.ts";
import type { Translate } from "./use-intl.ts";

/**
 * What any failure says whatever the page was doing: too many attempts (429), or Gatehouse out of reach (no
 * answer). Null for the rest, which the page words itself. A page never shows the server's `error_description`:
 * it is written for developers, in English (docs/pages.md#languages).
 */
export function generalFailure(t: Translate, error: ApiError): string | null {
  if (error.status === 429) return t("common.tooMany");
  if (error.status === 0 && error.code === "temporarily_unavailable") return t("common.unreachable");
  return null;
}

/**
 * The failure text of a form whose refusals mostly stand elsewhere: the statuses in `shownElsewhere` answer null (the
 * message sits beside a field, or a dead link gets its own page), 429 asks for patience, the rest says what failed.
 * The page's own sentence, never the server's `error_description`: that one is English (docs/pages.md#languages).
 */
export function failureText(t: Translate, fallback: string, shownElsewhere: readonly number[] = []) {
  return (error: ApiError): string | null => {
    if (shownElsewhere.includes(error.status)) return null;
    return generalFailure(t, error) ?? fallback;
  };
}

/**
 * A one-time link's form where someone new chooses a password (setup, invitation): 410 means the link is spent, and
 * `weak_password` (docs/security.md#passwords) is said beside the password field.
 */
export function onLinkPasswordRefused(
  t: Translate,
  onExpired: () => void,
  showPasswordError: (message: string) => void,
) {
  return (error: ApiError): void => {
    if (error.status === 410) onExpired();
    if (error.status === 400 && error.code === "weak_password") showPasswordError(weakPasswordText(t, error));
  };
}
