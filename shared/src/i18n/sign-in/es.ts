import type { SignInMessages } from "./en.ts";

/** Español: sign-in (see ./en.ts). */
export const signInEs: SignInMessages = {};
