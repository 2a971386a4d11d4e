import type { Portal, SessionAccount, SessionAnswer, User } from "@gatehouse/shared";
import { create } from "zustand";

interface SessionState {
  /** The active account's person, as the last session answer described them. */
  user: User | null;
  /** Every portal the active person belongs to, for the chooser. */
  portals: Portal[];
  /**
   * Every account signed in in this browser, the active one first and marked (docs/api.md#several-accounts);
   * empty when the server's answer did not list them (a sign-in answer, or a server without several accounts).
   */
  accounts: SessionAccount[];
  signedIn: (answer: SessionAnswer) => void;
  portalChosen: (user: User) => void;
  /** The account menu made another signed-in account the active one, on the portal in `user`. */
  accountChosen: (userId: string, user: User) => void;
  /** The person renamed themselves on the account page. */
  renamed: (displayName: string) => void;
  signedOut: () => void;
}

/** The active account comes first: the order the server answers in, kept when the menu switches. */
function activate(accounts: SessionAccount[], userId: string): SessionAccount[] {
  const chosen = accounts.filter((account) => account.user_id === userId);
  const others = accounts.filter((account) => account.user_id !== userId);
  return [...chosen, ...others].map((account) => ({ ...account, active: account.user_id === userId }));
}

/** The session only: the interaction, its step and its app live in the URL and on the server. */
export const useSessionStore = create<SessionState>()((set) => ({
  user: null,
  portals: [],
  accounts: [],
  signedIn: ({ user, portals, accounts = [] }) => set({ user, portals, accounts }),
  portalChosen: (user) => set({ user }),
  accountChosen: (userId, user) =>
    set(({ accounts, portals }) => ({
      user,
      portals: accounts.find((account) => account.user_id === userId)?.portals ?? portals,
      accounts: activate(accounts, userId),
    })),
  renamed: (displayName) =>
    set(({ user, accounts }) => ({
      user: user === null ? null : { ...user, display_name: displayName },
      accounts: accounts.map((account) =>
        account.active ? { ...account, display_name: displayName } : account,
      ),
    })),
  signedOut: () => set({ user: null, portals: [], accounts: [] }),
}));

/** The active account, when the server listed the signed-in accounts. */
export function activeAccount(accounts: SessionAccount[]): SessionAccount | undefined {
  return accounts.find((account) => account.active);
}
