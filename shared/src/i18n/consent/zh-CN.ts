import type { ConsentMessages } from "./en.ts";

/** 简体中文: consent (see ./en.ts). */
export const consentZhCN: ConsentMessages = {};
