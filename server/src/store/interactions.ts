import type { Locale, Prompt, ScopeName } from "@gatehouse/shared";

/** The authorization request as validated at the authorization endpoint. */
export interface AuthorizationRequest {
  client_id: string;
  redirect_uri: string;
  scopes: ScopeName[];
  state: string | null;
  nonce: string | null;
  code_challenge: string | null;
  prompt: Prompt | null;
  /** Seconds; null when the app set no limit. @see OpenID Connect Core §3.1.2.1 */
  max_age: number | null;
  login_hint: string | null;
  /**
   * The account a valid `id_token_hint` (ours, for this app) names; absent or null without one.
   * @see OpenID Connect Core §3.1.2.1, docs/api.md#several-accounts
   */
  hinted_user_id?: string | null;
  /** The first supported language of `ui_locales`; absent on requests recorded before it was kept. */
  ui_locales?: Locale | null;
}

/**
 * The account and portal picked for an interaction in the chooser, or `user_id: null` when the choice
 * was cleared ("Change profile"); `at_ms`: when, so a later sign-in wins (docs/api.md#several-accounts).
 */
export type InteractionChoice =
  | { user_id: string; portal_id: string; at_ms: number }
  | { user_id: null; portal_id: null; at_ms: number };

export interface InteractionRecord {
  id: string;
  /** SHA-256 of the browser cookie that started it: the interaction belongs to that browser. */
  browser_hash: string;
  request: AuthorizationRequest;
  created_at: number;
  /** When the request arrived, in milliseconds: a sign-in is judged against it exactly (docs/api.md#interactions). */
  created_at_ms: number;
  /** SHA-256 of the session cookie the request arrived with: that sign-in came before it, whatever the clock says. */
  arrival_session_hash: string | null;
  expires_at: number;
  /** The (account, portal) pair picked for this interaction; null while none was. */
  choice: InteractionChoice | null;
  /**
   * Set once, when the interaction ends with a redirect back to the app. The redirect carries a
   * code, so it is sealed with the browser cookie, which only the browser holds.
   */
  result: { sealed_redirect_to: string; completed_at: number } | null;
}

export interface InteractionRepository {
  get(id: string): Promise<InteractionRecord | null>;
  insert(interaction: InteractionRecord): Promise<void>;
  /** Atomic: records the result only if none is recorded yet; false when another request won. */
  complete(id: string, result: NonNullable<InteractionRecord["result"]>): Promise<boolean>;
  /** Atomic: records the choice only while no result is recorded; false when the interaction is gone or complete. */
  choose(id: string, choice: InteractionChoice): Promise<boolean>;
  /** Deletes the interactions whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
