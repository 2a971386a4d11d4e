import type { SignInMessages } from "./en.ts";

/** Deutsch: sign-in (see ./en.ts). */
export const signInDe: SignInMessages = {};
