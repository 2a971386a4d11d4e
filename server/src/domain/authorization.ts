import {
  authorizeParametersSchema,
  impliedScopes,
  isScopeName,
  matchUiLocales,
  type ScopeName,
  scopesCovered,
} from "@gatehouse/shared";
import { invalidRequest, invalidScope, OAuthError } from "../errors.ts";
import type {
  AuthorizationRequest,
  ClientRecord,
  GrantRecord,
  SessionRecord,
  Store,
} from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { isRegisteredRedirectUri } from "./redirect-uri.ts";
import { randomId, randomToken, sha256 } from "./secrets.ts";

export interface AuthorizationDeps {
  config: { issuer: string; codeTtl: number };
  store: Pick<Store, "grants" | "codes">;
  clock: Clock;
}

/**
 * An error found before the client and its redirect URI are verified: it must never be sent to
 * the app, only shown on our own error page.
 * @see RFC 6749 §4.1.2.1, RFC 9700 §4.11.2
 */
export class UnverifiedRedirectError extends OAuthError {}

/**
 * Finds the client and checks the redirect URI by exact match; anything wrong here is shown on
 * our error page, never redirected.
 */
export async function verifyClientAndRedirectUri(
  store: Store,
  clientId: string | undefined,
  redirectUri: string | undefined,
): Promise<ClientRecord> {
  const client = clientId ? await store.clients.get(clientId) : null;
  if (!client?.enabled) {
    throw new UnverifiedRedirectError("invalid_client", {
      description: "the application is unknown or disabled",
    });
  }
  if (!redirectUri || !isRegisteredRedirectUri(client.redirect_uris, redirectUri)) {
    throw new UnverifiedRedirectError("invalid_redirect_uri", {
      description: "the redirect URI is missing or not registered for this application",
    });
  }
  return client;
}

/** Which parameter a schema issue is about decides the RFC error code. @see RFC 6749 §4.1.2.1 */
function errorForParameter(parameter: string, message: string): OAuthError {
  if (parameter === "response_type")
    return new OAuthError("unsupported_response_type", { description: message });
  if (parameter === "scope") return invalidScope(message);
  return invalidRequest(`${parameter}: ${message}`);
}

/**
 * The scopes a request asks of `client`. In an OpenID request (`openid` among them) values that are
 * unknown or that the client is not registered for are dropped and the flow goes on; in a plain
 * OAuth 2.0 request they are `invalid_scope`. Nothing left is `invalid_scope` either way.
 * @see OpenID Connect Core §3.1.2.1, RFC 6749 §3.3, docs/api.md#authorization-endpoint
 */
export function requestedScopes(
  client: Pick<ClientRecord, "scopes">,
  tokens: readonly string[],
): ScopeName[] {
  const registered = tokens.filter(isScopeName).filter((scope) => client.scopes.includes(scope));
  if (!tokens.includes("openid")) {
    const unknown = tokens.find((token) => !isScopeName(token));
    if (unknown !== undefined) throw invalidScope(`unknown scope ${unknown}`);
    const unregistered = tokens.filter((token) => !isScopeName(token) || !client.scopes.includes(token));
    if (unregistered.length > 0) {
      throw invalidScope(`scope not registered for this application: ${unregistered.join(" ")}`);
    }
  }
  if (registered.length === 0)
    throw invalidScope("none of the requested scopes is registered for this application");
  return registered;
}

/**
 * A request object, by value or by reference, is refused: we cannot honour parameters we do not
 * read, and must not ignore them silently (docs/api.md#authorization-endpoint). `present` says
 * whether a parameter was sent at all, even in a form refused otherwise.
 * @see OpenID Connect Core §6 and §3.1.2.6
 */
export function refuseRequestObjects(present: (name: string) => boolean): void {
  if (present("request"))
    throw new OAuthError("request_not_supported", { description: "request objects are not supported" });
  if (present("request_uri")) {
    throw new OAuthError("request_uri_not_supported", { description: "request_uri is not supported" });
  }
}

/**
 * Validates the rest of an authorization request for a verified client; errors thrown here are
 * redirected to the app with `state` and `iss`.
 * @see RFC 6749 §4.1.1, RFC 7636 §4.4.1, RFC 9700 §2.1.1
 */
export function validateAuthorizationRequest(
  client: ClientRecord,
  query: Record<string, string>,
): AuthorizationRequest {
  const parsed = authorizeParametersSchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = typeof issue?.path[0] === "string" ? issue.path[0] : "request";
    throw errorForParameter(parameter, issue?.message ?? "is invalid");
  }
  const params = parsed.data;
  const requested = params.scope === undefined ? client.scopes : requestedScopes(client, params.scope);
  if (query.code_challenge_method !== undefined && params.code_challenge === undefined) {
    throw invalidRequest("code_challenge_method without code_challenge");
  }
  if (params.code_challenge !== undefined && params.code_challenge_method === undefined) {
    throw invalidRequest("code_challenge_method must be S256 (plain is not supported)");
  }
  if (client.public && params.code_challenge === undefined) {
    throw invalidRequest("a public client must send a PKCE code_challenge");
  }
  return {
    client_id: client.client_id,
    redirect_uri: params.redirect_uri,
    scopes: requested,
    state: params.state ?? null,
    nonce: params.nonce ?? null,
    code_challenge: params.code_challenge ?? null,
    prompt: params.prompt ?? null,
    max_age: params.max_age ?? null,
    login_hint: params.login_hint ?? null,
    // The pages' language: the first tag we speak wins, the rest are ignored (docs/pages.md#languages).
    ui_locales: params.ui_locales === undefined ? null : matchUiLocales(params.ui_locales),
  };
}

/** The app's redirect URI with the response parameters and `iss`. @see RFC 9207 §2 */
export function authorizationResponseUrl(
  issuer: string,
  redirectUri: string,
  parameters: Record<string, string | null>,
): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null) url.searchParams.set(name, value);
  }
  url.searchParams.set("iss", issuer);
  return url.href;
}

/** An error response for a verified client and redirect URI. @see RFC 6749 §4.1.2.1 */
export function errorResponseUrl(
  issuer: string,
  request: Pick<AuthorizationRequest, "redirect_uri" | "state">,
  error: OAuthError,
): string {
  return authorizationResponseUrl(issuer, request.redirect_uri, {
    error: error.code,
    error_description: error.description?.replace(/[\r\n]/g, " ") ?? null,
    state: request.state,
  });
}

export interface Authorization {
  request: AuthorizationRequest;
  userId: string;
  portalId: string;
  /** The sign-in behind the code: its time and methods go into the ID token. */
  session: Pick<SessionRecord, "auth_time" | "amr">;
}

/** Scopes as granted: what was asked for, with the reads its writes imply. */
export const grantedScopes = (requested: readonly ScopeName[]): ScopeName[] => impliedScopes(requested);

/** True when an earlier grant covers every requested scope, so consent can be implied. @see docs/api.md#remembered-and-incremental-consent */
export function grantCovers(grant: GrantRecord | null, requested: readonly ScopeName[]): boolean {
  return grant !== null && scopesCovered(requested, grant.scopes);
}

/**
 * Allow: remembers the consent (adding to any earlier grant) and issues a single-use code bound to
 * the client, redirect URI, PKCE challenge and nonce. Returns the app's redirect URI with the code.
 * @see RFC 6749 §4.1.2
 */
export async function issueAuthorizationCode(
  deps: AuthorizationDeps,
  authorization: Authorization,
): Promise<{
  redirectTo: string;
  codeHash: string;
}> {
  const { request, userId, portalId, session } = authorization;
  const now = epochSeconds(deps.clock);
  const earlier = await deps.store.grants.find(userId, portalId, request.client_id);
  const scopes = grantedScopes(request.scopes);
  let grant: GrantRecord = earlier
    ? { ...earlier, scopes: impliedScopes([...earlier.scopes, ...scopes]), updated_at: now }
    : {
        id: randomId(),
        user_id: userId,
        portal_id: portalId,
        client_id: request.client_id,
        scopes,
        created_at: now,
        updated_at: now,
      };
  if (!earlier || grant.scopes.length !== earlier.scopes.length) grant = await deps.store.grants.save(grant);
  const code = randomToken();
  const codeHash = sha256(code);
  await deps.store.codes.insert({
    code_hash: codeHash,
    client_id: request.client_id,
    grant_id: grant.id,
    user_id: userId,
    portal_id: portalId,
    redirect_uri: request.redirect_uri,
    scopes,
    code_challenge: request.code_challenge,
    nonce: request.nonce,
    auth_time: session.auth_time,
    amr: session.amr,
    family_id: randomId(),
    created_at: now,
    expires_at: now + deps.config.codeTtl,
    consumed_at: null,
  });
  return {
    redirectTo: authorizationResponseUrl(deps.config.issuer, request.redirect_uri, {
      code,
      state: request.state,
    }),
    codeHash,
  };
}

/** Deny. @see RFC 6749 §4.1.2.1 */
export function accessDeniedUrl(issuer: string, request: AuthorizationRequest): string {
  return authorizationResponseUrl(issuer, request.redirect_uri, {
    error: "access_denied",
    state: request.state,
  });
}

/** The portal a session acts for: the one chosen, or the only one the person has. */
export function sessionPortal(session: SessionRecord, portalIds: readonly string[]): string | null {
  if (session.portal_id && portalIds.includes(session.portal_id)) return session.portal_id;
  return portalIds.length === 1 ? (portalIds[0] ?? null) : null;
}
