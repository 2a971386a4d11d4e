import type { logoutQuerySchema } from "@gatehouse/shared";
import type { z } from "zod";
import type { Store } from "../store/types.ts";
import { type IdTokenHintDeps, readIdTokenHint } from "./id-token-hint.ts";

export type LogoutDeps = IdTokenHintDeps & { store: Pick<Store, "clients"> };

/** The app an ID token hint names: its one audience, or null when it names none or several. */
async function idTokenAudience(deps: LogoutDeps, idToken: string): Promise<string | null> {
  const hint = await readIdTokenHint(deps, idToken);
  return hint?.audience.length === 1 ? (hint.audience[0] ?? null) : null;
}

/**
 * Where a logout may return to: `post_logout_redirect_uri` only when it exactly matches one of the
 * client's redirect URIs or its website URL, the client named by a valid `id_token_hint` (or by
 * `client_id`, which must then agree with it); otherwise null, and the person stays here.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2 and §3
 */
export async function postLogoutRedirect(
  deps: LogoutDeps,
  query: z.output<typeof logoutQuerySchema>,
): Promise<string | null> {
  const { id_token_hint, post_logout_redirect_uri, state, client_id } = query;
  if (!post_logout_redirect_uri) return null;
  const audience = id_token_hint ? await idTokenAudience(deps, id_token_hint) : null;
  if (id_token_hint && !audience) return null;
  if (audience && client_id && audience !== client_id) return null;
  const clientId = audience ?? client_id;
  const client = clientId ? await deps.store.clients.get(clientId) : null;
  if (!client?.enabled) return null;
  const registered = [...client.redirect_uris, client.website_url];
  if (!registered.includes(post_logout_redirect_uri)) return null;
  const url = new URL(post_logout_redirect_uri);
  if (state) url.searchParams.set("state", state);
  return url.href;
}
