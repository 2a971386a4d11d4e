import type { SignInMessages } from "./en.ts";

/** Italiano: sign-in (see ./en.ts). */
export const signInIt: SignInMessages = {};
