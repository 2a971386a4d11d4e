import type { PeopleMessages } from "./en.ts";

/** Deutsch: people (see ./en.ts). */
export const peopleDe: PeopleMessages = {};
