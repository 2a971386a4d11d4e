import type { ConsentMessages } from "./en.ts";

/** Italiano: consent (see ./en.ts). */
export const consentIt: ConsentMessages = {};
