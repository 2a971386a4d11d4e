import type { AppsMessages } from "./en.ts";

/** Italiano: apps (see ./en.ts). */
export const appsIt: AppsMessages = {};
