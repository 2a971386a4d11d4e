import type { SignInMessages } from "./en.ts";

/** 简体中文: sign-in (see ./en.ts). */
export const signInZhCN: SignInMessages = {};
