import type { ConsentMessages } from "./en.ts";

/** العربية: consent (see ./en.ts). */
export const consentAr: ConsentMessages = {};
