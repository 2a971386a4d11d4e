/**
 * English messages of consent, error, signed-out, not-found and home pages, and the shared components (client/src/features/interaction, pages/error, components/): the reference the other locales of this folder match key for key.
 * Keys start with "consent." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const consentEn = {} as const;

/** This area's messages in another locale: every key English has, no other. */
export type ConsentMessages = Record<keyof typeof consentEn, string>;
