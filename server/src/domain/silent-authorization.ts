import { OAuthError } from "../errors.ts";
import type { AuthorizationRequest, ClientRecord } from "../store/types.ts";
import {
  type AuthorizationDeps,
  accessDeniedUrl,
  errorResponseUrl,
  grantCovers,
  issueAuthorizationCode,
} from "./authorization.ts";
import { interactionPortals } from "./interactions.ts";
import type { SignedIn } from "./sessions.ts";

/**
 * `prompt=none`: no page may be shown, so the answer is a code, or the error naming the page that
 * would have been needed: `login_required` (no recent enough sign-in), `account_selection_required`
 * (the chooser), `consent_required` (consent), or `access_denied` when the person has no account
 * where the app may be used (docs/api.md#portals-of-an-app). Returns the app's redirect URI.
 * @see OpenID Connect Core §3.1.2.1 (prompt=none) and §3.1.2.6
 */
export async function authorizeSilently(
  deps: AuthorizationDeps,
  client: Pick<ClientRecord, "client_id" | "portal_id" | "allow_other_portals">,
  request: AuthorizationRequest,
  signedIn: SignedIn | null,
): Promise<string> {
  const { issuer } = deps.config;
  if (!signedIn) return errorResponseUrl(issuer, request, new OAuthError("login_required"));
  const { portals, portalId } = interactionPortals(client, signedIn);
  if (portals.length === 0) return accessDeniedUrl(issuer, request);
  if (!portalId) return errorResponseUrl(issuer, request, new OAuthError("account_selection_required"));
  const grant = await deps.store.grants.find(signedIn.user.id, portalId, client.client_id);
  if (!grantCovers(grant, request.scopes)) {
    return errorResponseUrl(issuer, request, new OAuthError("consent_required"));
  }
  const { redirectTo } = await issueAuthorizationCode(deps, {
    request,
    userId: signedIn.user.id,
    portalId,
    session: signedIn.session,
  });
  return redirectTo;
}
