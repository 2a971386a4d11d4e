import type { AppsMessages } from "./en.ts";

/** Français: apps (see ./en.ts). */
export const appsFr: AppsMessages = {};
