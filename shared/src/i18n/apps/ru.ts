import type { AppsMessages } from "./en.ts";

/** Русский: apps (see ./en.ts). */
export const appsRu: AppsMessages = {};
