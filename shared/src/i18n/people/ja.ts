import type { PeopleMessages } from "./en.ts";

/** 日本語: people (see ./en.ts). */
export const peopleJa: PeopleMessages = {};
