import type { ApiError } from "../../api/http.ts";

function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** `429` with `Retry-After`: passwords and second-factor codes share one throttle (docs/api.md#second-factors). */
export function throttledMessage(error: ApiError): string {
  const wait = error.retryAfter === undefined ? "later" : `in ${waitText(error.retryAfter)}`;
  return `Too many sign-in attempts. Try again ${wait}.`;
}

export function signInFailure(error: ApiError): string {
  if (error.status === 401) return "Incorrect email or password";
  if (error.status === 429) return throttledMessage(error);
  return error.description ?? "Something went wrong while signing you in. Try again.";
}
