import type { AppsMessages } from "./en.ts";

/** 日本語: apps (see ./en.ts). */
export const appsJa: AppsMessages = {};
