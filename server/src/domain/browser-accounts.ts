import type { AuditSource } from "./audit.ts";
import { randomToken, sha256 } from "./secrets.ts";
import { endSession, findSession, MAX_ACCOUNTS, type SignedIn, sessionIds } from "./sessions.ts";
import { type SignOutDeps, signOut, signOutSession } from "./sign-out.ts";

/** One account signed in in this browser: its session, and the id the cookie carries for it. */
export interface BrowserAccount extends SignedIn {
  sessionId: string;
}

/**
 * The live accounts behind a session cookie, the active one first; ids whose session ended or
 * expired are left out (docs/api.md#several-accounts). Only the active account's session counts
 * as used (`useActive`), so the others keep their own idle timeouts.
 */
export async function findAccounts(
  deps: SignOutDeps,
  cookieValue: string | undefined,
  { useActive }: { useActive: boolean } = { useActive: true },
): Promise<BrowserAccount[]> {
  const accounts: BrowserAccount[] = [];
  for (const sessionId of sessionIds(cookieValue)) {
    const use = useActive && accounts.length === 0;
    const signedIn = await findSession(deps, sessionId, { use });
    if (signedIn && !accounts.some((account) => account.user.id === signedIn.user.id)) {
      accounts.push({ ...signedIn, sessionId });
    }
  }
  return accounts;
}

/** The cookie value naming these accounts, the first one active. */
export const accountsCookie = (accounts: readonly Pick<BrowserAccount, "sessionId">[]): string =>
  accounts.map((account) => account.sessionId).join(".");

/**
 * A session just started becomes the browser's active account, the others staying signed in: the
 * person's earlier session in this browser is replaced, every other id is renamed (no id seen before
 * a sign-in works after it: no fixation), and a sixth account ends the least recently active one.
 * Returns the new cookie value. @see docs/api.md#several-accounts, OWASP ASVS 7.2.4
 */
export async function joinSession(
  deps: SignOutDeps,
  cookieValue: string | undefined,
  started: { sessionId: string; userId: string },
  source: AuditSource,
): Promise<string> {
  const others: string[] = [];
  for (const account of await findAccounts(deps, cookieValue, { useActive: false })) {
    if (account.user.id === started.userId) {
      await endSession(deps, account.sessionId);
    } else if (others.length >= MAX_ACCOUNTS - 1) {
      await signOutSession(deps, account.sessionId, source);
    } else {
      const renamed = randomToken();
      // Ended meanwhile by another request: then it is simply no longer in the cookie.
      if (await deps.store.sessions.rename(sha256(account.sessionId), sha256(renamed))) others.push(renamed);
    }
  }
  return [started.sessionId, ...others].join(".");
}

/** The accounts with `userId`'s first (the active one), or null when that account is not signed in here. */
export function activateAccount(
  accounts: readonly BrowserAccount[],
  userId: string,
): BrowserAccount[] | null {
  const chosen = accounts.find((account) => account.user.id === userId);
  if (!chosen) return null;
  return [chosen, ...accounts.filter((account) => account !== chosen)];
}

/**
 * RP-Initiated Logout: with an ID token hint naming one of several accounts signed in here, ends
 * that account's session only; otherwise every session of the cookie. Returns the cookie value
 * left, or null when none is. @see docs/api.md#logout, OpenID Connect RP-Initiated Logout 1.0 §2
 */
export async function signOutForLogout(
  deps: SignOutDeps,
  cookieValue: string | undefined,
  hintedUserId: string | null,
  source: AuditSource,
): Promise<string | null> {
  const accounts = await findAccounts(deps, cookieValue);
  const leaving = accounts.find((account) => account.user.id === hintedUserId);
  if (!leaving || accounts.length === 1) {
    await signOut(deps, cookieValue, source);
    return null;
  }
  await signOutSession(deps, leaving.sessionId, source);
  return accountsCookie(accounts.filter((account) => account !== leaving));
}
