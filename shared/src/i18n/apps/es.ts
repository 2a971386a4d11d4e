import type { AppsMessages } from "./en.ts";

/** Español: apps (see ./en.ts). */
export const appsEs: AppsMessages = {};
