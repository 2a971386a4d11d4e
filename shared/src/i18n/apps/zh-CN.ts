import type { AppsMessages } from "./en.ts";

/** 简体中文: apps (see ./en.ts). */
export const appsZhCN: AppsMessages = {};
