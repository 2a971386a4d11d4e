import type { PeopleMessages } from "./en.ts";

/** العربية: people (see ./en.ts). */
export const peopleAr: PeopleMessages = {};
