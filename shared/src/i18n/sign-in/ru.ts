import type { SignInMessages } from "./en.ts";

/** Русский: sign-in (see ./en.ts). */
export const signInRu: SignInMessages = {};
