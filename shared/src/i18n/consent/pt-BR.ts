import type { ConsentMessages } from "./en.ts";

/** Português (Brasil): consent (see ./en.ts). */
export const consentPtBR: ConsentMessages = {};
