import type { ApiError } from "../../api/http.ts";
import type { Translate } from "../../hooks/use-intl.ts";

/**
 * What a person reads when a change to a member is refused; `last_owner` is the rule most often met (docs/api.md#people).
 * The catalogue's sentence for each answer, never the server's English `error_description`.
 */
export function peopleFailure(t: Translate, fallback: string) {
  return (error: ApiError): string => {
    if (error.status === 409 && error.code === "last_owner") return t("people.failure.lastOwner");
    if (error.status === 403) return t("people.failure.forbidden");
    if (error.status === 429) return t("people.failure.tooManyMoment");
    return fallback;
  };
}
