import type { ApiError } from "../../api/http.ts";
import { throttledMessage } from "../session/sign-in-failure.ts";

/** The alert for a refused code; the field beside it is marked invalid too. */
export const CODE_REFUSED = "That code didn't work";

/** What a person reads when a code is refused: wrong (401 `invalid_code`), throttled (429), or something else. */
export function codeFailure(fallback: string) {
  return (error: ApiError): string => {
    if (error.status === 401 && error.code === "invalid_code") return CODE_REFUSED;
    if (error.status === 429) return throttledMessage(error);
    return error.description ?? fallback;
  };
}

/** The pending sign-in ended (5 minutes, another tab, a new password): the password is asked again. */
export function pendingExpired(error: ApiError): boolean {
  return error.status === 401 && error.code === "unauthenticated";
}
