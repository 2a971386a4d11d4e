import type { PeopleMessages } from "./en.ts";

/** 简体中文: people (see ./en.ts). */
export const peopleZhCN: PeopleMessages = {};
