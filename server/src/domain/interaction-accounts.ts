import type { SignedInAccount } from "@gatehouse/shared";
import { invalidRequest } from "../errors.ts";
import type {
  AuthorizationRequest,
  ClientRecord,
  InteractionChoice,
  InteractionRecord,
  Store,
} from "../store/types.ts";
import type { BrowserAccount } from "./browser-accounts.ts";
import { usablePortals } from "./client-portals.ts";
import type { Clock } from "./clock.ts";

type PortalReach = Pick<ClientRecord, "portal_id" | "allow_other_portals">;

/** Which of the browser's accounts an interaction acts for (docs/api.md#several-accounts). */
export interface InteractionAccount {
  /** That account, its `portalId` the portal picked for this interaction; null when none is. */
  account: BrowserAccount | null;
  /** Accounts are signed in but none is picked: the chooser of (account × portal) pairs. */
  mustChoose: boolean;
}

/**
 * Picks the interaction's account among those signed in, first match wins: a sign-in after the
 * request arrived (or after the last choice), the pair picked in the chooser (none once cleared),
 * the account an `id_token_hint` names, then the one `login_hint` names, the only account; otherwise
 * the chooser. A hint naming nobody signed in asks for a sign-in. @see docs/api.md#several-accounts, OpenID Connect Core §3.1.2.1
 */
export function pickInteractionAccount(
  interaction: Pick<InteractionRecord, "choice" | "request" | "created_at_ms" | "arrival_session_hash">,
  accounts: readonly BrowserAccount[],
): InteractionAccount {
  const [active] = accounts;
  if (!active) return { account: null, mustChoose: false };
  const choose: InteractionAccount = { account: null, mustChoose: true };
  const { choice, request } = interaction;
  // The newest sign-in is the active account; the session the request arrived with is not newer.
  const signedInSince = choice
    ? active.session.auth_time_ms > choice.at_ms
    : active.session.auth_time_ms >= interaction.created_at_ms &&
      active.session.id_hash !== interaction.arrival_session_hash;
  if (signedInSince) return { account: active, mustChoose: false };
  if (choice) {
    const picked = choice.user_id === null ? null : accounts.find((each) => each.user.id === choice.user_id);
    return picked ? { account: { ...picked, portalId: choice.portal_id }, mustChoose: false } : choose;
  }
  const several = accounts.length > 1;
  if (several && request.prompt === "select_account") return choose;
  if (request.hinted_user_id) {
    const hinted = accounts.find((each) => each.user.id === request.hinted_user_id);
    return { account: hinted ?? null, mustChoose: false };
  }
  if (request.login_hint !== null) {
    const hint = request.login_hint.trim().toLowerCase();
    const hinted = accounts.find((each) => each.user.email === hint);
    return { account: hinted ?? null, mustChoose: false };
  }
  return several ? choose : { account: active, mustChoose: false };
}

/** The chooser's pairs: every signed-in account with its portals where the app may be used. */
export const chooserAccounts = (
  client: PortalReach,
  accounts: readonly BrowserAccount[],
): SignedInAccount[] =>
  accounts.map(({ user, portals }) => ({
    user_id: user.id,
    email: user.email,
    display_name: user.display_name,
    portals: usablePortals(client, portals).map(({ id, name }) => ({ id, name })),
  }));

export interface ChoiceDeps {
  store: Pick<Store, "interactions">;
  clock: Clock;
}

async function recordChoice({ store }: ChoiceDeps, interactionId: string, choice: InteractionChoice) {
  if (!(await store.interactions.choose(interactionId, choice))) {
    throw invalidRequest("this sign-in request is already complete");
  }
}

/** Records the (account, portal) pair picked for an interaction: its consent and code are for them. */
export function recordInteractionChoice(
  deps: ChoiceDeps,
  interaction: Pick<InteractionRecord, "id">,
  userId: string,
  portalId: string,
): Promise<void> {
  return recordChoice(deps, interaction.id, { user_id: userId, portal_id: portalId, at_ms: deps.clock() });
}

/** "Change profile" with other accounts signed in: the chooser again, until a pair or a new sign-in is picked. */
export function clearInteractionChoice(
  deps: ChoiceDeps,
  interaction: Pick<InteractionRecord, "id">,
): Promise<void> {
  return recordChoice(deps, interaction.id, { user_id: null, portal_id: null, at_ms: deps.clock() });
}

/**
 * Without a page (`prompt=none`, or a decision posted without the SPA) nobody can choose: the
 * account an `id_token_hint` names (`hintedUserId`; null for a hint that is not valid), else the
 * one `login_hint` names, else the only one; otherwise the error naming the page that was needed.
 * @see OpenID Connect Core §3.1.2.1 and §3.1.2.6, docs/api.md#several-accounts
 */
export function pickSilentAccount(
  accounts: readonly BrowserAccount[],
  request: Pick<AuthorizationRequest, "login_hint">,
  hintedUserId: string | null | undefined,
): BrowserAccount | "login_required" | "account_selection_required" {
  if (hintedUserId !== undefined) {
    return accounts.find((account) => account.user.id === hintedUserId) ?? "login_required";
  }
  if (request.login_hint !== null) {
    const hint = request.login_hint.trim().toLowerCase();
    return accounts.find((account) => account.user.email === hint) ?? "login_required";
  }
  const [only, ...others] = accounts;
  if (!only) return "login_required";
  return others.length === 0 ? only : "account_selection_required";
}

/**
 * Whether the person ever granted the app, on any of their portals: only then may a silent answer
 * to a `login_hint` tell the app they are signed in here, since the app knows them already.
 * @see docs/api.md#several-accounts
 */
export async function knownToApp(
  { store }: { store: Pick<Store, "grants"> },
  account: Pick<BrowserAccount, "user" | "portals">,
  clientId: string,
): Promise<boolean> {
  for (const portal of account.portals) {
    if (await store.grants.find(account.user.id, portal.id, clientId)) return true;
  }
  return false;
}
