import type { PeopleMessages } from "./en.ts";

/** Français: people (see ./en.ts). */
export const peopleFr: PeopleMessages = {};
