import type { ConsentMessages } from "./en.ts";

/** Русский: consent (see ./en.ts). */
export const consentRu: ConsentMessages = {};
