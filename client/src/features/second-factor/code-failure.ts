import type { ApiError } from "../../api/http.ts";
import { generalFailure } from "../../hooks/action-failures.ts";
import type { Translate } from "../../hooks/use-intl.ts";
import { throttledMessage } from "../session/sign-in-failure.ts";

/** A wrong code (401 `invalid_code`): the alert says so and the field beside it is marked invalid too. */
export function codeRefused(error: ApiError): boolean {
  return error.status === 401 && error.code === "invalid_code";
}

/** What a person reads when a code is refused: wrong (401 `invalid_code`), throttled (429), or something else. */
export function codeFailure(fallback: string, t: Translate) {
  return (error: ApiError): string => {
    if (codeRefused(error)) return t("signIn.code.refused");
    if (error.status === 429) return throttledMessage(error, t);
    return generalFailure(t, error) ?? fallback;
  };
}

/** The pending sign-in ended (5 minutes, another tab, a new password): the password is asked again. */
export function pendingExpired(error: ApiError): boolean {
  return error.status === 401 && error.code === "unauthenticated";
}
