import type { PeopleMessages } from "./en.ts";

/** Português (Brasil): people (see ./en.ts). */
export const peoplePtBR: PeopleMessages = {};
