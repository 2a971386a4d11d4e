import type { SignInMessages } from "./en.ts";

/** Português (Brasil): sign-in (see ./en.ts). */
export const signInPtBR: SignInMessages = {};
