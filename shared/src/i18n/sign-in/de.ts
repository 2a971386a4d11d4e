import type { SignInMessages } from "./en.ts";

/** Deutsch: sign-in (see ./en.ts). */
export const signInDe: SignInMessages = {
  "signIn.heading": "Anmelden",
  "signIn.submit": "Anmelden",
  "signIn.submitting": "Anmeldung läuft…",
  "signIn.forgot": "Passwort vergessen?",
  "signIn.incorrect": "E-Mail-Adresse oder Passwort ist falsch",
  "signIn.failed": "Bei der Anmeldung ist etwas schiefgegangen. Versuchen Sie es erneut.",
  "signIn.tooManyLater": "Zu viele Anmeldeversuche. Versuchen Sie es später erneut.",
  "signIn.tooManyIn":
    "Zu viele Anmeldeversuche. Versuchen Sie es in {unit, select, minute {{amount, plural, one {# Minute} other {# Minuten}}} other {{amount, plural, one {# Sekunde} other {# Sekunden}}}} erneut.",
  "signIn.again": "Erneut anmelden",
  "signIn.forApp": "um mit {app} fortzufahren",
  "signIn.forAppAnother": "um mit einem anderen Konto mit {app} fortzufahren",
  "signIn.forSettings": "um Ihre Gatehouse-Einstellungen zu verwalten",
  "signIn.forSettingsAnother": "um Ihre Gatehouse-Einstellungen mit einem anderen Konto zu verwalten",
  "signIn.signedInHere":
    "In diesem Browser angemeldet: {emails}. Eine Anmeldung fügt ein Konto hinzu; niemand wird abgemeldet.",
  "signIn.othersStay": "Alle, die in diesem Browser angemeldet sind, bleiben angemeldet.",
  "signIn.returning": "Zurück zur Anwendung…",

  "signIn.passkey.button": "Mit einem Passkey anmelden",
  "signIn.passkey.refused":
    "Mit diesem Passkey konnten Sie nicht angemeldet werden. Versuchen Sie es erneut oder verwenden Sie Ihr Passwort.",
  "signIn.passkey.unsupported":
    "Dieser Browser kann keine Passkeys verwenden. Melden Sie sich mit Ihrem Passwort an.",
  "signIn.passkey.use": "Passkey verwenden",
  "signIn.passkey.confirm":
    "Bestätigen Sie mit einem Passkey, den Sie Ihrem Konto hinzugefügt haben, dass Sie es sind.",
  "signIn.passkey.unsupportedHere": "Dieser Browser kann keine Passkeys verwenden.",
  "signIn.passkey.didNotWork":
    "Dieser Passkey hat nicht funktioniert. {codes, select, yes {Versuchen Sie es erneut oder verwenden Sie einen Code.} other {Versuchen Sie es erneut.}}",
  "signIn.passkey.unusable":
    "Ihr Passkey konnte nicht verwendet werden. {codes, select, yes {Versuchen Sie es erneut oder verwenden Sie einen Code.} other {Versuchen Sie es erneut.}}",

  "signIn.code.label": "Authentifizierungscode",
  "signIn.code.hint": "Der 6-stellige Code, den Ihre Authenticator-App gerade anzeigt.",
  "signIn.code.invalid": "Geben Sie den 6-stelligen Code aus Ihrer App ein",
  "signIn.code.enter": "Geben Sie Ihren Code ein",
  "signIn.code.enterNow": "Geben Sie den Code ein, den Ihre App jetzt anzeigt",
  "signIn.code.refused": "Dieser Code hat nicht funktioniert",
  "signIn.code.checkFailed": "Ihr Code konnte nicht geprüft werden. Versuchen Sie es erneut.",
  "signIn.code.use": "Authentifizierungscode verwenden",
  "signIn.code.verify": "Bestätigen",
  "signIn.recovery.label": "Wiederherstellungscode",
  "signIn.recovery.hint":
    "Einer der Codes, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben. Jeder funktioniert einmal.",
  "signIn.recovery.invalid": "Geben Sie einen Ihrer Wiederherstellungscodes ein",
  "signIn.recovery.check": "Prüfen Sie den Wiederherstellungscode",
  "signIn.recovery.use": "Wiederherstellungscode verwenden",
  "signIn.expired": "Ihre Anmeldung hat zu lange gedauert. Melden Sie sich erneut an.",

  "signIn.setup.heading": "Zwei-Faktor-Authentifizierung einrichten",
  "signIn.setup.required":
    "Ihr Portal verlangt die Zwei-Faktor-Authentifizierung von allen. Richten Sie jetzt eine Authenticator-App ein: Danach melden Sie sich mit Ihrem Passwort und einem Code aus der App an.",
  "signIn.setup.preparing": "Ihr Schlüssel wird vorbereitet…",
  "signIn.setup.prepareFailed": "Ihr Schlüssel konnte nicht vorbereitet werden.",
  "signIn.setup.openApp":
    "Öffnen Sie eine Authenticator-App auf Ihrem Smartphone, etwa 2FAS, Aegis, Google Authenticator oder 1Password.",
  "signIn.setup.scan": "Scannen Sie damit diesen QR-Code.",
  "signIn.setup.qrAlt": "QR-Code für Ihre Authenticator-App",
  "signIn.setup.qrFailed":
    "Der QR-Code konnte nicht gezeichnet werden: Geben Sie stattdessen den Schlüssel unten ein.",
  "signIn.setup.cantScan": "Scannen nicht möglich? Geben Sie diesen Schlüssel ein",
  "signIn.setup.key": "Schlüssel",
  "signIn.setup.enterCode": "Geben Sie den Code ein",
  "signIn.setup.checkFailed": "Der Code konnte nicht geprüft werden. Versuchen Sie es erneut.",
  "signIn.setup.confirm": "Bestätigen",

  "signIn.codes.heading": "Speichern Sie Ihre Wiederherstellungscodes",
  "signIn.codes.intro":
    "Bewahren Sie diese Codes sicher und getrennt von Ihrem Smartphone auf. Wenn Sie Ihre Authenticator-App verlieren, meldet Sie jeder Code einmal an. Sie werden nur jetzt angezeigt.",
  "signIn.codes.list": "Wiederherstellungscodes",
  "signIn.codes.download": "Herunterladen",
  "signIn.codes.file":
    "Gatehouse-Wiederherstellungscodes. Jeder funktioniert einmal, anstelle eines Authentifizierungscodes.",

  "signIn.portal.heading": "Portal wählen",
  "signIn.portal.signedInAs": "Angemeldet als <b>{email}</b>",
  "signIn.portal.forAppAs": "um als <b>{email}</b> mit {app} fortzufahren",
  "signIn.portal.none":
    "Ihr Konto gehört noch zu keinem Portal. Bitten Sie eine Eigentümerin oder einen Eigentümer eines Portals, Sie einzuladen.",
  "signIn.portal.chooseFailed": "{portal} konnte nicht gewählt werden. Versuchen Sie es erneut.",
  "signIn.account.chooseFailed": "{portal} konnte für {email} nicht gewählt werden. Versuchen Sie es erneut.",
  "signIn.account.noPortal": "{app} kann auf keinem Portal dieses Kontos verwendet werden.",
  "signIn.account.inUse": "In Verwendung",

  "signIn.session.noAnswer": "Gatehouse antwortet nicht",
  "signIn.session.checkFailed": "Ihre Sitzung konnte nicht geprüft werden. Versuchen Sie es erneut.",
  "signIn.session.signOutFailed": "Sie konnten nicht abgemeldet werden. Versuchen Sie es erneut.",
  "signIn.nav.label": "Einstellungen",
  "signIn.nav.developerTools": "Entwicklertools",

  "signIn.signedOut.title": "Abgemeldet",
  "signIn.signedOut.heading": "Sie sind abgemeldet",
  "signIn.signedOut.text": "Ihre Gatehouse-Sitzung ist beendet. Sie können diese Seite schließen.",
};
