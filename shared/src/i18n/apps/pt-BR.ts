import type { AppsMessages } from "./en.ts";

/** Português (Brasil): apps (see ./en.ts). */
export const appsPtBR: AppsMessages = {};
