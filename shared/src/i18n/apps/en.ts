/**
 * English messages of Developer tools, the register form and Connected apps (client/src/features/apps, pages/developer-tools, pages/connected-apps): the reference the other locales of this folder match key for key.
 * Keys start with "apps." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const appsEn = {
  /* /developer-tools/oauth: the list (docs/pages.md#settings). */
  "apps.eyebrow": "Developer tools",
  "apps.eyebrowForm": "Developer tools · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Developer tools",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Register the applications that sign people in with Gatehouse and use the DocSpace API on their behalf. Apps registered here belong to {portal}. Switching an app off, or deleting it, ends every grant people gave it.",
  "apps.list.introNoPortal":
    "Register the applications that sign people in with Gatehouse and use the DocSpace API on their behalf. Apps registered here belong to this portal. Switching an app off, or deleting it, ends every grant people gave it.",
  "apps.list.loading": "Loading apps…",
  "apps.list.loadFailed": "The apps could not be loaded.",
  "apps.list.forbidden": "Only owners and admins of {portal} can manage apps.",
  "apps.list.forbiddenNoPortal": "Only owners and admins of this portal can manage apps.",
  "apps.list.registered": "Registered apps",
  "apps.list.empty":
    "No apps are registered on {portal} yet. Register one to let it sign people in with Gatehouse.",
  "apps.list.emptyNoPortal":
    "No apps are registered on this portal yet. Register one to let it sign people in with Gatehouse.",
  "apps.list.deleted": "{app} was deleted.",
  "apps.list.saved": "{app} was saved.",

  /* One app's row. */
  "apps.row.public": "Public client (PKCE)",
  "apps.row.confidential": "Confidential client",
  "apps.row.disabled": "Disabled",
  "apps.row.enabled": "Enabled",
  "apps.row.edit": "Edit",
  "apps.row.regenerate": "Regenerate secret",
  "apps.row.delete": "Delete",
  "apps.row.disableFailed": "{app} could not be disabled.",
  "apps.row.enableFailed": "{app} could not be enabled.",

  /* Credentials and the dialogs around them. */
  "apps.credentials.clientId": "Client ID",
  "apps.credentials.clientIdCopy": "client ID",
  "apps.credentials.clientSecret": "Client secret",
  "apps.credentials.shownOnce": "This secret will not be shown again. Copy it now and keep it safe.",
  "apps.credentials.label": "Credentials",
  "apps.regenerate.title": "Regenerate the secret of {app}?",
  "apps.regenerate.confirm": "Create new secret",
  "apps.regenerate.text":
    "The current secret stops working at once: {app} cannot redeem codes or refresh tokens until it is given the new one.",
  "apps.regenerate.newSecret": "New client secret for {app}",
  "apps.delete.title": "Delete {app}?",
  "apps.delete.confirm": "Delete app",
  "apps.delete.text":
    "Everyone who allowed {app} loses that grant: its tokens stop working at once. This cannot be undone.",

  /* /developer-tools/oauth/new and the app's edit page. */
  "apps.register.heading": "Register a new application",
  "apps.register.intro": "The app will be able to sign in people of {portal} once they allow it.",
  "apps.register.introNoPortal": "The app will be able to sign in people of this portal once they allow it.",
  "apps.registered.pageTitle": "Application registered",
  "apps.registered.heading": "{app} is registered",
  "apps.registered.public":
    "{app} is a public client: it has no client secret. It proves each sign-in with PKCE instead.",
  "apps.edit.heading": "Edit {app}",
  "apps.edit.headingLoading": "Edit application",
  "apps.edit.notFound": "There is no such app on {portal}.",
  "apps.edit.notFoundNoPortal": "There is no such app on this portal.",
  "apps.edit.loadFailed": "The app could not be loaded.",
  "apps.edit.back": "Back to the apps",

  /* The settings form (docs/pages.md#settings): the labels are contract §11's. */
  "apps.form.save": "Save",
  "apps.form.sessionEnded": "Your session has ended. Reload the page and sign in again.",
  "apps.form.saveFailed": "The app could not be saved. Try again.",
  "apps.form.basic": "Basic information",
  "apps.form.name": "App name",
  "apps.form.nameHint": "3 to 256 characters, shown to people on the consent page.",
  "apps.form.websiteUrl": "Website URL",
  "apps.form.description": "Description",
  "apps.form.descriptionHint": "Optional, at most 255 characters ({count} used).",
  "apps.form.signIn": "Sign-in",
  "apps.form.redirectUris": "Redirect URLs",
  "apps.form.redirectUrisHint":
    "Where Gatehouse sends people back after they decide, matched exactly. https, or http for localhost and 127.0.0.1.",
  "apps.form.redirectUrisAdded": "Added redirect urls",
  "apps.form.allowedOrigins": "Allowed origins",
  "apps.form.allowedOriginsHint":
    "The web origins (scheme://host[:port]) whose pages may call the token endpoint and the API.",
  "apps.form.allowedOriginsAdded": "Added allowed origins",
  "apps.form.add": "Add",
  "apps.form.removeEntry": "Remove {entry}",
  "apps.form.allowPkce": "Allow public client (PKCE)",
  "apps.form.allowPkceHint":
    "For single-page and mobile apps that cannot keep a secret: the app gets no client secret and must use PKCE.",
  "apps.form.portals": "Portals",
  "apps.form.otherPortals": "Available to other portals",
  "apps.form.otherPortalsHint":
    "Unchecked, the app can be used on this portal only: people without an account here are refused. Making it private again ends its grants on other portals.",
  "apps.form.legal": "Legal",
  "apps.form.policyUrl": "Privacy policy URL",
  "apps.form.termsUrl": "Terms of Service URL",

  /* The icon picker: a labelled button that speaks the page's language, not the browser's "Choose File". */
  "apps.icon.label": "App icon",
  "apps.icon.choose": "Choose icon",
  "apps.icon.none": "No icon chosen",
  "apps.icon.noneNew": "No new icon chosen",
  "apps.icon.preview": "App icon preview",
  "apps.icon.hint": "A JPG, PNG or SVG image of exactly 32×32 pixels, at most 256 KB.",
  "apps.icon.hintKeep":
    "A JPG, PNG or SVG image of exactly 32×32 pixels, at most 256 KB. Leave it empty to keep the current icon.",
  "apps.icon.unreadable": "The file could not be read. Choose another one.",

  /* Access scopes and the ID token's algorithm. */
  "apps.scopes.heading": "Access",
  "apps.scopes.legend": "Access scopes",
  "apps.scopes.hint": "What the app may ask people for. Write includes Read.",
  "apps.scopes.scope": "Scope",
  "apps.scopes.read": "Read",
  "apps.scopes.write": "Write",
  "apps.scopes.readLine": "Read: {description}",
  "apps.scopes.writeLine": "Write: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "ID token signing algorithm",
  "apps.alg.hint": "Keep RS256 unless the app's OpenID library is set up for ES256.",
  "apps.alg.RS256": "RS256 (RSA, the OpenID default)",
  "apps.alg.ES256": "ES256 (elliptic curve P-256)",

  /* The settings schema's refusals (shared/src/schemas/api.ts), one key per field and issue: its English is the schema's own. */
  "apps.error.check": "Check this field",
  "apps.error.nameLength": "App name must be 3–256 characters",
  "apps.error.websiteUrlTooLong": "Website URL is too long",
  "apps.error.websiteUrlInvalid": "Website URL must be an absolute http(s) URL",
  "apps.error.policyUrlTooLong": "Privacy policy URL is too long",
  "apps.error.policyUrlInvalid": "Privacy policy URL must be an absolute http(s) URL",
  "apps.error.termsUrlTooLong": "Terms of Service URL is too long",
  "apps.error.termsUrlInvalid": "Terms of Service URL must be an absolute http(s) URL",
  "apps.error.logoMissing": "Choose an app icon",
  "apps.error.logoTooLarge": "App icon must be at most 256 KB",
  "apps.error.logoNotAnImage": "App icon must be a JPG, PNG or SVG image",
  "apps.error.logoSize": "App icon must be exactly 32×32 pixels (this one is {width}×{height})",
  "apps.error.descriptionTooLong": "Description must be at most 255 characters",
  "apps.error.scopesMissing": "Choose at least one access scope",
  "apps.error.redirectMissing": "Enter a redirect URL",
  "apps.error.redirectTooLong": "Redirect URL is too long",
  "apps.error.redirectNotAbsolute": "Redirect URL must be an absolute URL",
  "apps.error.redirectFragment": "Redirect URL must not have a fragment",
  "apps.error.redirectCredentials": "Redirect URL must not carry a user name or password",
  "apps.error.redirectHttps": "Redirect URL must use https (http only for localhost or 127.0.0.1)",
  "apps.error.redirectCheck": "Check this redirect URL",
  "apps.error.redirectNone": "Add at least one redirect URL",
  "apps.error.redirectTooMany": "Add at most {max, plural, one {# redirect URL} other {# redirect URLs}}",
  "apps.error.redirectTwice": "This redirect URL is already added",
  "apps.error.redirectRepeated": "Each redirect URL may be added once",
  "apps.error.originMissing": "Enter an origin",
  "apps.error.originInvalid": "Allowed origin must be scheme://host[:port], with no path or trailing slash",
  "apps.error.originCheck": "Check this allowed origin",
  "apps.error.originNone": "Add at least one allowed origin",
  "apps.error.originTooMany": "Add at most {max, plural, one {# allowed origin} other {# allowed origins}}",
  "apps.error.originTwice": "This allowed origin is already added",
  "apps.error.originRepeated": "Each allowed origin may be added once",
} as const;

/** This area's messages in another locale: every key English has, no other. */
export type AppsMessages = Record<keyof typeof appsEn, string>;
