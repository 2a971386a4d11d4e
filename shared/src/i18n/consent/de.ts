import type { ConsentMessages } from "./en.ts";

/** Deutsch: consent (see ./en.ts). */
export const consentDe: ConsentMessages = {};
