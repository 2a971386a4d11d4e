/**
 * The languages the pages speak, as BCP 47 tags, first the fallback; discovery publishes them as
 * `ui_locales_supported` (docs/api.md#discovery). A catalogue added beside `en.ts` is added here.
 */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
