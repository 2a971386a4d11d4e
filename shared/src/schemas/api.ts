import { z } from "zod";
import { localeSchema } from "../i18n/locales.ts";
import { impliedScopes, SCOPE_GROUPS, scopeNameSchema } from "../scopes.ts";
import { roleSchema } from "./common.ts";
import { idTokenSigningAlgSchema } from "./oauth.ts";

/** `POST /api/session` (docs/api.md#spa-api). Emails compare case-insensitively. */
export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email" }).max(254)),
  password: z.string().min(1, "Enter your password").max(1024),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const interactionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "unknown interaction");

/** A signed-in account's `user_id`, as `GET /api/session` lists it (docs/api.md#several-accounts). */
export const accountIdSchema = z.string().min(1).max(128);

/**
 * `POST /api/session/portal`; with `interaction_id` the choice is for that sign-in request, and a portal
 * where its app may not be used is refused (docs/api.md#portals-of-an-app). `account` makes that
 * signed-in account the active one (default: the active one) (docs/api.md#several-accounts).
 */
export const choosePortalSchema = z.object({
  portal_id: z.string().min(1).max(128),
  account: accountIdSchema.optional(),
  interaction_id: interactionIdSchema.optional(),
});
export type ChoosePortal = z.infer<typeof choosePortalSchema>;

/** `POST /api/interactions/:id/consent` */
export const consentDecisionSchema = z.object({ decision: z.enum(["allow", "deny"]) });
export type ConsentDecision = z.infer<typeof consentDecisionSchema>;

export const portalSchema = z.object({ id: z.string(), name: z.string() });
export type Portal = z.infer<typeof portalSchema>;

export const userSchema = z.object({
  email: z.string(),
  display_name: z.string(),
  /** The portal chosen for this session; null until the person has chosen one. */
  portal: portalSchema.nullable(),
  /** The person's role on that portal: the SPA offers owners and admins their pages (docs/pages.md). */
  role: roleSchema.nullable().optional(),
});
export type User = z.infer<typeof userSchema>;

/** One account signed in in this browser, with its portals (docs/api.md#several-accounts). */
export const signedInAccountSchema = z.object({
  user_id: z.string(),
  email: z.string(),
  display_name: z.string(),
  portals: z.array(portalSchema),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

/** `GET /api/session`'s accounts: the active one first. */
export const sessionAccountSchema = signedInAccountSchema.extend({ active: z.boolean() });
export type SessionAccount = z.infer<typeof sessionAccountSchema>;

export const sessionAnswerSchema = z.object({
  user: userSchema,
  portals: z.array(portalSchema),
  accounts: z.array(sessionAccountSchema).optional(),
});
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

export const userAnswerSchema = z.object({ user: userSchema });

/** What the consent page shows of an app. */
export const clientSummarySchema = z.object({
  client_id: z.string(),
  name: z.string(),
  description: z.string(),
  website_url: z.string(),
  logo_uri: z.string(),
  policy_url: z.string(),
  terms_url: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const scopeLineSchema = z.object({
  name: scopeNameSchema,
  group: z.enum(SCOPE_GROUPS),
  description: z.string(),
  new: z.boolean(),
});
export type ScopeLine = z.infer<typeof scopeLineSchema>;

export const INTERACTION_STEPS = ["login", "second_factor", "portal", "consent", "done"] as const;
export type InteractionStep = (typeof INTERACTION_STEPS)[number];

/** `GET /api/interactions/:id` */
export const interactionSchema = z.object({
  id: z.string(),
  step: z.enum(INTERACTION_STEPS),
  redirect_to: z.string().optional(),
  client: clientSummarySchema,
  scopes: z.array(scopeLineSchema),
  user: userSchema.optional(),
  portals: z.array(portalSchema).optional(),
  login_hint: z.string().optional(),
  /** The first language of the app's `ui_locales` the pages speak; absent when it named none (docs/api.md#interactions). */
  ui_locales: localeSchema.optional(),
  /** Every signed-in account with the portals where the app may be used: the chooser's pairs. */
  accounts: z.array(signedInAccountSchema).optional(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/** `POST /api/interactions/:id/account`: `{}` clears the account chosen for it (docs/api.md#several-accounts). */
export const clearAccountChoiceSchema = z.object({}).strict();

/** `DELETE /api/session?account=`: one account signed out; without it, all of them. */
export const signOutQuerySchema = z.object({ account: accountIdSchema.optional() });

/** The answer of a consent decision: where the browser goes next. */
export const redirectAnswerSchema = z.object({ redirect_to: z.string() });
export type RedirectAnswer = z.infer<typeof redirectAnswerSchema>;

// ——— Developer Tools (docs/api.md#clients) ———

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1"]);

/** Parses an absolute URL, or null; the WHATWG parser is the one browsers and servers share. */
function parseUrl(value: string): URL | null {
  return URL.canParse(value) ? new URL(value) : null;
}

/** An absolute http(s) URL: website, privacy policy, terms of service. */
export const httpUrlSchema = (label: string) =>
  z
    .string()
    .trim()
    .max(2048, `${label} is too long`)
    .refine((value) => {
      const url = parseUrl(value);
      return url !== null && (url.protocol === "https:" || url.protocol === "http:") && url.username === "";
    }, `${label} must be an absolute http(s) URL`);

/**
 * A redirect URL: absolute, no fragment, `https` unless the host is a loopback name; it is matched
 * exactly, so it is kept as typed.
 * @see RFC 6749 §3.1.2, RFC 9700 §2.1
 */
export const redirectUriSchema = z
  .string()
  .trim()
  .min(1, "Enter a redirect URL")
  .max(2048, "Redirect URL is too long")
  .superRefine((value, ctx) => {
    const url = parseUrl(value);
    if (url === null) {
      ctx.addIssue({ code: "custom", message: "Redirect URL must be an absolute URL" });
    } else if (value.includes("#")) {
      ctx.addIssue({ code: "custom", message: "Redirect URL must not have a fragment" });
    } else if (url.username !== "" || url.password !== "") {
      ctx.addIssue({ code: "custom", message: "Redirect URL must not carry a user name or password" });
    } else if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) {
      ctx.addIssue({
        code: "custom",
        message: "Redirect URL must use https (http only for localhost or 127.0.0.1)",
      });
    }
  });

/** An origin, `scheme://host[:port]`, exactly as browsers send it in `Origin`. */
export const originSchema = z
  .string()
  .trim()
  .min(1, "Enter an origin")
  .refine((value) => {
    const url = parseUrl(value);
    return url !== null && (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  }, "Allowed origin must be scheme://host[:port], with no path or trailing slash");

/** At most 256 KB of image, as a base64 `data:` URL; the server checks what it really is. */
export const LOGO_MAX_BYTES = 256 * 1024;
export const LOGO_MEDIA_TYPES = ["image/png", "image/jpeg", "image/svg+xml"] as const;
/** The icon's messages, one wording for the form, the schema and the server's content check. */
export const LOGO_MESSAGES = {
  tooLarge: "App icon must be at most 256 KB",
  notAnImage: "App icon must be a JPG, PNG or SVG image",
} as const;
export const logoDataUrlSchema = z
  .string()
  .min(1, "Choose an app icon")
  .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64, LOGO_MESSAGES.tooLarge)
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/, LOGO_MESSAGES.notAnImage);

const uniqueList = <T extends z.ZodType<string>>(item: T, label: string) =>
  z
    .array(item)
    .min(1, `Add at least one ${label}`)
    .max(12, `Add at most 12 ${label}s`)
    .refine((values) => new Set(values).size === values.length, `Each ${label} may be added once`);

/** The settings of an OAuth app: one schema for the form and the API (docs/api.md#clients). */
export const clientSettingsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "App name must be 3–256 characters")
    .max(256, "App name must be 3–256 characters"),
  website_url: httpUrlSchema("Website URL"),
  logo: logoDataUrlSchema,
  description: z.string().trim().max(255, "Description must be at most 255 characters").default(""),
  allow_pkce: z.boolean().default(false),
  redirect_uris: uniqueList(redirectUriSchema, "redirect URL"),
  allowed_origins: uniqueList(originSchema, "allowed origin"),
  scopes: z
    .array(scopeNameSchema)
    .min(1, "Choose at least one access scope")
    .transform((scopes) => impliedScopes(scopes)),
  /** Unchecked by default: the app can be used on its own portal only (docs/api.md#portals-of-an-app). */
  allow_other_portals: z.boolean().default(false),
  /** RS256 unless the app asks for ES256 (docs/api.md#id-tokens). */
  id_token_signed_response_alg: idTokenSigningAlgSchema.default("RS256"),
  policy_url: httpUrlSchema("Privacy policy URL"),
  terms_url: httpUrlSchema("Terms of Service URL"),
});
export type ClientSettingsInput = z.input<typeof clientSettingsSchema>;
export type ClientSettings = z.output<typeof clientSettingsSchema>;

/** An app as the API shows it: never a secret. */
export const clientSchema = clientSummarySchema.extend({
  redirect_uris: z.array(z.string()),
  allowed_origins: z.array(z.string()),
  scopes: z.array(scopeNameSchema),
  allow_pkce: z.boolean(),
  allow_other_portals: z.boolean(),
  id_token_signed_response_alg: idTokenSigningAlgSchema,
  token_endpoint_auth_method: z.enum(["client_secret_basic", "none"]),
  enabled: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientListSchema = z.array(clientSchema);

/** `POST /api/clients`: the secret is shown this once; a PKCE-only app has none. */
export const createdClientSchema = z.object({ client: clientSchema, client_secret: z.string().optional() });
export type CreatedClient = z.infer<typeof createdClientSchema>;

export const clientSecretAnswerSchema = z.object({ client_secret: z.string() });

export const clientEnabledSchema = z.object({ enabled: z.boolean() });

/** `GET /api/consents`: the apps a person granted on the current portal. */
export const consentSchema = z.object({
  client: clientSummarySchema,
  scopes: z.array(scopeNameSchema),
  granted_at: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.array(consentSchema);

/** `PUT /api/clients/:client_id`: the same settings; the icon may be left out to keep the current one. */
export const clientUpdateSchema = clientSettingsSchema.partial({ logo: true });
export type ClientUpdateInput = z.input<typeof clientUpdateSchema>;

/** `GET /api/locale-settings`: the languages the pages speak and the operator's `DEFAULT_LOCALE` (docs/api.md#locale-settings). */
export const localeSettingsSchema = z.object({
  default_locale: localeSchema,
  ui_locales_supported: z.array(localeSchema),
});
export type LocaleSettings = z.infer<typeof localeSettingsSchema>;
