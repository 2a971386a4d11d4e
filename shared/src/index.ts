export * from "./error-text.ts";
export * from "./errors.ts";
export * from "./i18n/en.ts";
export * from "./schemas/api.ts";
export * from "./schemas/docspace.ts";
export * from "./schemas/oauth.ts";
export * from "./schemas/text.ts";
export * from "./scopes.ts";
