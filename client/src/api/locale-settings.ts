import { type LocaleSettings, localeSettingsSchema } from "@gatehouse/shared";
import { http, send } from "./http.ts";

/** `GET /api/locale-settings`: the supported languages and the operator's default (docs/api.md#locale-settings). */
export function getLocaleSettings(): Promise<LocaleSettings> {
  return send(localeSettingsSchema, () => http.get("api/locale-settings"));
}
