import type { Portal, SessionAnswer, User } from "@gatehouse/shared";
import { create } from "zustand";

interface SessionState {
  /** The signed-in person, as the last session answer described them. */
  user: User | null;
  /** Every portal the person belongs to, for the chooser. */
  portals: Portal[];
  signedIn: (answer: SessionAnswer) => void;
  portalChosen: (user: User) => void;
  /** The person renamed themselves on the account page. */
  renamed: (displayName: string) => void;
  signedOut: () => void;
}

/** The session only: the interaction, its step and its app live in the URL and on the server. */
export const useSessionStore = create<SessionState>()((set) => ({
  user: null,
  portals: [],
  signedIn: ({ user, portals }) => set({ user, portals }),
  portalChosen: (user) => set({ user }),
  renamed: (displayName) =>
    set(({ user }) => ({ user: user === null ? null : { ...user, display_name: displayName } })),
  signedOut: () => set({ user: null, portals: [] }),
}));
