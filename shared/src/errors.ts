import { z } from "zod";

/**
 * Every error code Gatehouse answers with.
 * @see RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, RFC 7009 §2.2.1, OpenID Connect Core §3.1.2.6
 */
export const errorCodeSchema = z.enum([
  // RFC 6749
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope",
  "access_denied",
  "unsupported_response_type",
  "server_error",
  "temporarily_unavailable",
  // RFC 6750
  "invalid_token",
  "insufficient_scope",
  // RFC 7009
  "unsupported_token_type",
  // OpenID Connect Core
  "login_required",
  "consent_required",
  "interaction_required",
  "account_selection_required",
  "request_not_supported",
  "request_uri_not_supported",
  // Gatehouse's own, for the SPA and its error page
  "invalid_redirect_uri",
  "invalid_credentials",
  "too_many_requests",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "payload_too_large",
  "unsupported_media_type",
  // People, accounts and one-time links (docs/api.md#people)
  "weak_password",
  "last_owner",
  "expired",
  // Second factors (docs/api.md#second-factors)
  "invalid_code",
  "conflict",
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one error body every endpoint answers with. */
export const errorBodySchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
