/** A desk's and a phone's viewport, each in the light and the dark scheme (docs/pages.md#themes). */
export const looks = [
  { width: 1280, height: 800, colorScheme: "light" },
  { width: 1280, height: 800, colorScheme: "dark" },
  { width: 360, height: 740, colorScheme: "light" },
  { width: 360, height: 740, colorScheme: "dark" },
] as const;

export type Look = (typeof looks)[number];
