/** What the edit page leaves in the history entry, so the list can say the change was saved. */
export interface SavedNotice {
  saved: string;
}

export function isSavedNotice(state: unknown): state is SavedNotice {
  return typeof state === "object" && state !== null && "saved" in state && typeof state.saved === "string";
}

/** The app whose saved edit the list opens with news of, when it was reached from one. */
export function savedApp(state: unknown): string | null {
  return isSavedNotice(state) ? state.saved : null;
}
