/**
 * English messages of Developer tools, the register form and Connected apps (client/src/features/apps, pages/developer-tools, pages/connected-apps): the reference the other locales of this folder match key for key.
 * Keys start with "apps." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const appsEn = {} as const;

/** This area's messages in another locale: every key English has, no other. */
export type AppsMessages = Record<keyof typeof appsEn, string>;
