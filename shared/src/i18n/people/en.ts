/**
 * English messages of People, invitations, first set-up, password recovery and the password rules (client/src/features/people, invitation, setup, password-reset): the reference the other locales of this folder match key for key.
 * Keys start with "people." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const peopleEn = {} as const;

/** This area's messages in another locale: every key English has, no other. */
export type PeopleMessages = Record<keyof typeof peopleEn, string>;
