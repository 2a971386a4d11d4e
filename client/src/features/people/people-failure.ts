import type { ApiError } from "../../api/http.ts";

/** What a person reads when a change to a member is refused; `last_owner` is the rule most often met (docs/api.md#people). */
export function peopleFailure(fallback: string) {
  return (error: ApiError): string => {
    if (error.status === 409 && error.code === "last_owner") {
      return "A portal must always keep at least one active owner. Make someone else an owner first.";
    }
    if (error.status === 403) {
      return (
        error.description ??
        "You are not allowed to make this change. Only owners grant or take away the owner role."
      );
    }
    if (error.status === 429) return "Too many attempts. Wait a moment and try again.";
    return error.description ?? fallback;
  };
}
