import type { ApiError } from "../../api/http.ts";
import { generalFailure } from "../../hooks/action-failures.ts";
import type { Translate } from "../../hooks/use-intl.ts";

/** `429` with `Retry-After`: passwords and second-factor codes share one throttle (docs/api.md#second-factors). */
export function throttledMessage(error: ApiError, t: Translate): string {
  const seconds = error.retryAfter;
  if (seconds === undefined) return t("signIn.tooManyLater");
  return seconds < 60
    ? t("signIn.tooManyIn", { unit: "second", amount: seconds })
    : t("signIn.tooManyIn", { unit: "minute", amount: Math.ceil(seconds / 60) });
}

export function signInFailure(t: Translate) {
  return (error: ApiError): string => {
    if (error.status === 401) return t("signIn.incorrect");
    if (error.status === 429) return throttledMessage(error, t);
    return generalFailure(t, error) ?? t("signIn.failed");
  };
}
