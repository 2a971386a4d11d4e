import type { ConsentMessages } from "./en.ts";

/** Français: consent (see ./en.ts). */
export const consentFr: ConsentMessages = {};
