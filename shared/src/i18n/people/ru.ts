import type { PeopleMessages } from "./en.ts";

/** Русский: people (see ./en.ts). */
export const peopleRu: PeopleMessages = {};
