import type { AppsMessages } from "./en.ts";

/** Deutsch: apps (see ./en.ts). */
export const appsDe: AppsMessages = {};
