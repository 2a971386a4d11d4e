import { LOCALES, type LocaleSettings } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";

/**
 * `GET /api/locale-settings`: what the SPA needs to pick a language before anyone signs in — the
 * supported ones and the operator's `DEFAULT_LOCALE` (docs/api.md#locale-settings).
 */
export function localeSettingsRoutes({ config }: Pick<Deps, "config">): Router {
  const router = Router();
  const settings: LocaleSettings = {
    default_locale: config.defaultLocale,
    ui_locales_supported: [...LOCALES],
  };
  router.get("/", function showLocaleSettings(_req, res) {
    res.json(settings);
  });
  return router;
}
