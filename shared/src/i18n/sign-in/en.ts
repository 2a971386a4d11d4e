/**
 * English messages of sign-in, second factor, account and portal choosers, settings sign-in (client/src/features/session, features/second-factor, features/interaction/sign-in-step, account-chooser): the reference the other locales of this folder match key for key.
 * Keys start with "signIn." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const signInEn = {
  /* The password step (docs/pages.md#interaction). */
  "signIn.heading": "Sign in",
  "signIn.submit": "Sign in",
  "signIn.submitting": "Signing in…",
  "signIn.forgot": "Forgot password?",
  /* Without the period of error.invalid_credentials: contract §10 and the e2e specs read the alert exactly. */
  "signIn.incorrect": "Incorrect email or password",
  "signIn.failed": "Something went wrong while signing you in. Try again.",
  "signIn.tooManyLater": "Too many sign-in attempts. Try again later.",
  "signIn.tooManyIn":
    "Too many sign-in attempts. Try again in {unit, select, minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# second} other {# seconds}}}}.",
  "signIn.again": "Sign in again",
  "signIn.forApp": "to continue to {app}",
  "signIn.forAppAnother": "to continue to {app} with another account",
  "signIn.forSettings": "to manage your Gatehouse settings",
  "signIn.forSettingsAnother": "to manage your Gatehouse settings with another account",
  "signIn.signedInHere":
    "Signed in on this browser: {emails}. Signing in adds an account; nobody is signed out.",
  "signIn.othersStay": "Everyone signed in on this browser stays signed in.",
  "signIn.returning": "Returning to the application…",

  /* Passkeys (docs/api.md#passkeys). */
  "signIn.passkey.button": "Sign in with a passkey",
  "signIn.passkey.refused": "That passkey could not sign you in. Try again, or use your password.",
  "signIn.passkey.unsupported": "This browser cannot use passkeys. Sign in with your password.",
  "signIn.passkey.use": "Use a passkey",
  "signIn.passkey.confirm": "Confirm it's you with a passkey you added to your account.",
  "signIn.passkey.unsupportedHere": "This browser cannot use passkeys.",
  "signIn.passkey.didNotWork":
    "That passkey didn't work. {codes, select, yes {Try again, or use a code.} other {Try again.}}",
  "signIn.passkey.unusable":
    "Your passkey could not be used. {codes, select, yes {Try again, or use a code.} other {Try again.}}",

  /* The second factor (docs/api.md#second-factors). */
  "signIn.code.label": "Authentication code",
  "signIn.code.hint": "The 6-digit code your authenticator app shows now.",
  "signIn.code.invalid": "Enter the 6-digit code from your app",
  "signIn.code.enter": "Enter your code",
  "signIn.code.enterNow": "Enter the code your app shows now",
  "signIn.code.refused": "That code didn't work",
  "signIn.code.checkFailed": "Your code could not be checked. Try again.",
  "signIn.code.use": "Use an authentication code",
  "signIn.code.verify": "Verify",
  "signIn.recovery.label": "Recovery code",
  "signIn.recovery.hint":
    "One of the codes you saved when you set up two-factor authentication. Each works once.",
  "signIn.recovery.invalid": "Enter one of your recovery codes",
  "signIn.recovery.check": "Check the recovery code",
  "signIn.recovery.use": "Use a recovery code",
  "signIn.expired": "Your sign-in took too long. Sign in again.",

  /* Setting up an authenticator app, required by a portal or from the account page. */
  "signIn.setup.heading": "Set up two-factor authentication",
  "signIn.setup.required":
    "Your portal requires two-factor authentication for everyone. Set up an authenticator app now: from then on you sign in with your password and a code from the app.",
  "signIn.setup.preparing": "Preparing your key…",
  "signIn.setup.prepareFailed": "Your key could not be prepared.",
  "signIn.setup.openApp":
    "Open an authenticator app on your phone, such as 2FAS, Aegis, Google Authenticator or 1Password.",
  "signIn.setup.scan": "Scan this QR code with it.",
  "signIn.setup.qrAlt": "QR code for your authenticator app",
  "signIn.setup.qrFailed": "The QR code could not be drawn: enter the key below instead.",
  "signIn.setup.cantScan": "Can't scan? Enter this key",
  "signIn.setup.key": "key",
  "signIn.setup.enterCode": "Enter the code",
  "signIn.setup.checkFailed": "The code could not be checked. Try again.",
  "signIn.setup.confirm": "Confirm",

  /* Recovery codes, shown once; the downloaded file says what they are. */
  "signIn.codes.heading": "Save your recovery codes",
  "signIn.codes.intro":
    "Keep these codes somewhere safe, apart from your phone. If you lose your authenticator app, each code signs you in once. They are shown only now.",
  "signIn.codes.list": "Recovery codes",
  "signIn.codes.download": "Download",
  "signIn.codes.file": "Gatehouse recovery codes. Each works once, in place of an authentication code.",

  /* Portal and account choosers (docs/pages.md#several-accounts). */
  "signIn.portal.heading": "Choose portal",
  "signIn.portal.signedInAs": "Signed in as <b>{email}</b>",
  "signIn.portal.forAppAs": "to continue to {app} as <b>{email}</b>",
  "signIn.portal.none": "Your account does not belong to any portal yet. Ask a portal owner to invite you.",
  "signIn.portal.chooseFailed": "{portal} could not be chosen. Try again.",
  "signIn.account.chooseFailed": "{portal} could not be chosen for {email}. Try again.",
  "signIn.account.noPortal": "{app} cannot be used on any portal of this account.",
  "signIn.account.inUse": "In use",

  /* The settings pages' frame (client/src/features/session). */
  "signIn.session.noAnswer": "Gatehouse is not answering",
  "signIn.session.checkFailed": "Your session could not be checked. Try again.",
  "signIn.session.signOutFailed": "You could not be signed out. Try again.",
  "signIn.nav.label": "Settings",
  "signIn.nav.developerTools": "Developer tools",

  /* /signed-out. */
  "signIn.signedOut.title": "Signed out",
  "signIn.signedOut.heading": "You are signed out",
  "signIn.signedOut.text": "Your Gatehouse session has ended. You can close this page.",
} as const;

/** This area's messages in another locale: every key English has, no other. */
export type SignInMessages = Record<keyof typeof signInEn, string>;
