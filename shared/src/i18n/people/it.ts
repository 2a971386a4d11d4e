import type { PeopleMessages } from "./en.ts";

/** Italiano: people (see ./en.ts). */
export const peopleIt: PeopleMessages = {};
