import type { PeopleMessages } from "./en.ts";

/** Español: people (see ./en.ts). */
export const peopleEs: PeopleMessages = {};
