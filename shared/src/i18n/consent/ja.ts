import type { ConsentMessages } from "./en.ts";

/** 日本語: consent (see ./en.ts). */
export const consentJa: ConsentMessages = {};
