import type { ErrorCode } from "@gatehouse/shared";

/** How an `OAuthError` is answered and logged. */
export interface OAuthErrorOptions {
  /** The HTTP status; 400 unless said otherwise. @see RFC 6749 §5.2 */
  readonly status?: number;
  /** Sent to the caller as `error_description`. */
  readonly description?: string;
  /** Only the log sees it: which check failed, never sent to the caller. */
  readonly detail?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer with the status and headers only: a bare challenge carries no error code (RFC 6750 §3.1). */
  readonly bare?: boolean;
}

/** The one error class: an RFC error code, the status it is answered with, a public description, a private detail. */
export class OAuthError extends Error {
  readonly status: number;
  readonly description: string | undefined;
  readonly detail: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly bare: boolean;

  constructor(
    readonly code: ErrorCode,
    { status = 400, description, detail, headers = {}, bare = false }: OAuthErrorOptions = {},
  ) {
    super(description ? `${code}: ${description}` : code);
    this.name = "OAuthError";
    this.status = status;
    this.description = description;
    this.detail = detail;
    this.headers = headers;
    this.bare = bare;
  }
}

/** What a factory takes besides the description: the private detail for the log. */
type Extra = Pick<OAuthErrorOptions, "detail">;

/** @see RFC 6749 §5.2 */
export const invalidRequest = (description: string, extra: Extra = {}) =>
  new OAuthError("invalid_request", { description, ...extra });
export const invalidClient = (description: string, extra: Extra = {}) =>
  new OAuthError("invalid_client", {
    status: 401,
    description,
    headers: { "WWW-Authenticate": 'Basic realm="gatehouse"' },
    ...extra,
  });
export const invalidGrant = (description: string, extra: Extra = {}) =>
  new OAuthError("invalid_grant", { description, ...extra });
export const unauthorizedClient = (description: string, extra: Extra = {}) =>
  new OAuthError("unauthorized_client", { description, ...extra });
export const unsupportedGrantType = (description: string, extra: Extra = {}) =>
  new OAuthError("unsupported_grant_type", { description, ...extra });
export const invalidScope = (description: string, extra: Extra = {}) =>
  new OAuthError("invalid_scope", { description, ...extra });

/** Gatehouse's own API errors (docs/api.md#spa-api and docs/api.md#clients). */
export const unauthenticated = (description = "sign in first", extra: Extra = {}) =>
  new OAuthError("unauthenticated", { status: 401, description, ...extra });
export const forbidden = (description: string, extra: Extra = {}) =>
  new OAuthError("forbidden", { status: 403, description, ...extra });
export const notFound = (description: string, extra: Extra = {}) =>
  new OAuthError("not_found", { status: 404, description, ...extra });
export const invalidCredentials = (extra: Extra = {}) =>
  new OAuthError("invalid_credentials", { status: 401, ...extra });
export const tooManyRequests = (retryAfterSeconds: number, extra: Extra = {}) =>
  new OAuthError("too_many_requests", {
    status: 429,
    description: "too many attempts; try again later",
    headers: { "Retry-After": `${retryAfterSeconds}` },
    ...extra,
  });

/** People, accounts and one-time links (docs/api.md#people). */
export const weakPassword = (description: string) => new OAuthError("weak_password", { description });
export const lastOwner = (extra: Extra = {}) =>
  new OAuthError("last_owner", {
    status: 409,
    description: "a portal keeps at least one active owner",
    ...extra,
  });
/** A used, expired or unknown one-time link: one answer for all three, so none can be told apart. */
export const expiredLink = (extra: Extra = {}) =>
  new OAuthError("expired", { status: 410, description: "this link was used or has expired", ...extra });

/** Second factors (docs/api.md#second-factors): a wrong, used or unknown code, one answer for all. */
export const invalidCode = (extra: Extra = {}) =>
  new OAuthError("invalid_code", { status: 401, description: "this code is wrong or was used", ...extra });
export const conflict = (description: string, extra: Extra = {}) =>
  new OAuthError("conflict", { status: 409, description, ...extra });
