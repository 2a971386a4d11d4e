import { OAuthError } from "../src/errors.ts";

/** The `OAuthError` that `run` throws, so a unit test can read its code and description; anything else fails. */
export function refusal(run: () => unknown): OAuthError {
  try {
    run();
  } catch (error) {
    if (error instanceof OAuthError) return error;
    throw error;
  }
  throw new Error("expected an OAuthError, and the call went through");
}
