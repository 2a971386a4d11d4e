/**
 * English messages of sign-in, second factor, account and portal choosers, settings sign-in (client/src/features/session, features/second-factor, features/interaction/sign-in-step, account-chooser): the reference the other locales of this folder match key for key.
 * Keys start with "signIn." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const signInEn = {} as const;

/** This area's messages in another locale: every key English has, no other. */
export type SignInMessages = Record<keyof typeof signInEn, string>;
