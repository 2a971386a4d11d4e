import type { ConsentMessages } from "./en.ts";

/** Español: consent (see ./en.ts). */
export const consentEs: ConsentMessages = {};
