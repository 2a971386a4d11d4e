import type { AppsMessages } from "./en.ts";

/** العربية: apps (see ./en.ts). */
export const appsAr: AppsMessages = {};
