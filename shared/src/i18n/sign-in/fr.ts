import type { SignInMessages } from "./en.ts";

/** Français: sign-in (see ./en.ts). */
export const signInFr: SignInMessages = {};
