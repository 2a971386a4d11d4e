/**
 * English messages of consent, error, signed-out, not-found and home pages, and the shared components (client/src/features/interaction, pages/error, components/): the reference the other locales of this folder match key for key.
 * Keys start with "consent." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const consentEn = {
  /* The consent step (docs/pages.md#interaction). `{app}` and `{portal}` are names people typed. */
  "consent.title": "Allow {app}?",
  "consent.heading": "{app} wants to access your {portal} account",
  "consent.headingNoPortal": "{app} wants to access your account",
  "consent.signedInAs": "Signed in as",
  "consent.changeProfile": "Change profile",
  "consent.allow": "Allow",
  "consent.deny": "Deny",
  "consent.decisionFailed": "Your decision could not be recorded. Try again.",
  "consent.signOutFailed": "You could not be signed out. Try again.",
  "consent.chooserFailed": "The chooser could not be shown. Try again.",
  "consent.unusableRedirect":
    "Gatehouse answered with an address it cannot send you to. Return to the application.",
  "consent.scopes.all": "This will allow {app} to:",
  "consent.scopes.new": "New permissions",
  "consent.scopes.granted": "Previously granted",
  "consent.scopes.newBadge": "New",
  /* The scope groups (shared/src/scopes.ts SCOPE_GROUPS, docs/scopes.md#groups). */
  "consent.group.profile": "Profile",
  "consent.group.accounts": "Accounts",
  "consent.group.files": "Files & Folders",
  "consent.group.rooms": "Rooms",
  "consent.group.openid": "Open ID",
  /* Rich text: the tags wrap the links, so each language puts them where its word order needs. */
  "consent.trust":
    "Make sure you trust {app}. You may be sharing sensitive information with this app. Review its <privacy>Privacy policy</privacy> and <terms>Terms of Service</terms>.",
  "consent.revokeLater": "You can revoke its access at any time on <link>Connected apps</link>.",
  "consent.opensInNewTab": "Opens in a new tab",

  /* /connected-apps (docs/pages.md). */
  "consent.apps.heading": "Connected apps",
  "consent.apps.intro":
    "The apps you allowed to access your account on {portal}. Revoking an app signs it out at once; it has to ask you again to come back.",
  "consent.apps.introNoPortal":
    "The apps you allowed to access your account on this portal. Revoking an app signs it out at once; it has to ask you again to come back.",
  "consent.apps.loading": "Loading apps…",
  "consent.apps.loadFailed": "Your connected apps could not be loaded.",
  "consent.apps.empty": "You have not allowed any apps on {portal}.",
  "consent.apps.emptyNoPortal": "You have not allowed any apps on this portal.",
  "consent.apps.list": "Apps you allowed",
  "consent.apps.revoked": "{app} can no longer access your account.",
  "consent.apps.allowedOn": "Allowed on {date}",
  "consent.apps.revoke": "Revoke",
  "consent.apps.itCan": "It can:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "Revoke access for {app}?",
  "consent.apps.revokeConfirm": "Revoke access",
  "consent.apps.revokeFailed": "{app} could not be revoked. Try again.",
  "consent.apps.revokeText":
    "{app} loses its access to your account on this portal. To use it again, you allow it again.",

  /* The error, not-found and home pages (docs/pages.md#error, #not-found). */
  "consent.error.heading": "Error",
  "consent.error.code": "Error code",
  "consent.error.badRequest":
    "The application sent you here with a request Gatehouse cannot accept. Close this page and return to the application.",
  "consent.error.crashed": "Something went wrong on this page. Reload it to try again.",
  "consent.notFound.heading": "Page not found",
  "consent.notFound.text":
    "There is nothing at this address. Check the link, or return to the application you came from.",
  "consent.home.title": "Home",
  "consent.home.intro":
    "Gatehouse signs you in to DocSpace apps and lets you decide what each app may access.",
  "consent.home.hint": "To sign in, open the application you want to use; it will bring you here.",

  /* Shared pieces (client/src/components/). */
  "consent.homeLink": "Go to the Gatehouse home page",
  "consent.appIcon": "{app} icon",
  "consent.websiteNewTab": "(opens in a new tab)",
  "consent.oneTimeLink.hint": "It works once, until {time}. It will not be shown again.",
} as const;

/** This area's messages in another locale: every key English has, no other. */
export type ConsentMessages = Record<keyof typeof consentEn, string>;
