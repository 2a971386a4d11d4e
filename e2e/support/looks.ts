export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** A desk's screen and a phone's: every page is looked at in both (docs/pages.md). */
export const DESK: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 360, height: 740 };
export const viewports: readonly Viewport[] = [DESK, PHONE];

/** A desk's and a phone's viewport, each in the light and the dark scheme (docs/pages.md#themes). */
export const looks = [
  { ...DESK, colorScheme: "light" },
  { ...DESK, colorScheme: "dark" },
  { ...PHONE, colorScheme: "light" },
  { ...PHONE, colorScheme: "dark" },
] as const;

export type Look = (typeof looks)[number];
