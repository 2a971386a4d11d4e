import type { Portal, SessionAnswer, User } from "@gatehouse/shared";
import { create } from "zustand";

interface SessionState {
  /** The signed-in person, as the last session answer described them. */
  user: User | null;
  /** Every portal the person belongs to, for the chooser. */
  portals: Portal[];
  signedIn: (answer: SessionAnswer) => void;
  portalChosen: (user: User) => void;
  signedOut: () => void;
}

/** The session only: the interaction, its step and its app live in the URL and on the server. */
export const useSessionStore = create<SessionState>()((set) => ({
  user: null,
  portals: [],
  signedIn: ({ user, portals }) => set({ user, portals }),
  portalChosen: (user) => set({ user }),
  signedOut: () => set({ user: null, portals: [] }),
}));
