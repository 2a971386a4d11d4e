import type { SignInMessages } from "./en.ts";

/** العربية: sign-in (see ./en.ts). */
export const signInAr: SignInMessages = {};
