import type { SignInMessages } from "./en.ts";

/** 日本語: sign-in (see ./en.ts). */
export const signInJa: SignInMessages = {};
