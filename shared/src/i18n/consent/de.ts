import type { ConsentMessages } from "./en.ts";

/** Deutsch: consent (see ./en.ts). */
export const consentDe: ConsentMessages = {
  "consent.title": "{app} erlauben?",
  "consent.heading": "{app} möchte auf Ihr Konto bei {portal} zugreifen",
  "consent.headingNoPortal": "{app} möchte auf Ihr Konto zugreifen",
  "consent.signedInAs": "Angemeldet als",
  "consent.changeProfile": "Profil wechseln",
  "consent.allow": "Erlauben",
  "consent.deny": "Ablehnen",
  "consent.decisionFailed": "Ihre Entscheidung konnte nicht gespeichert werden. Versuchen Sie es erneut.",
  "consent.signOutFailed": "Sie konnten nicht abgemeldet werden. Versuchen Sie es erneut.",
  "consent.chooserFailed": "Die Auswahl konnte nicht angezeigt werden. Versuchen Sie es erneut.",
  "consent.unusableRedirect":
    "Gatehouse hat mit einer Adresse geantwortet, zu der es Sie nicht weiterleiten kann. Kehren Sie zur Anwendung zurück.",
  "consent.scopes.all": "Damit darf {app}:",
  "consent.scopes.new": "Neue Berechtigungen",
  "consent.scopes.granted": "Bereits erteilt",
  "consent.scopes.newBadge": "Neu",
  "consent.group.profile": "Profil",
  "consent.group.accounts": "Konten",
  "consent.group.files": "Dateien & Ordner",
  "consent.group.rooms": "Räume",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Vergewissern Sie sich, dass Sie {app} vertrauen. Sie geben dieser App möglicherweise vertrauliche Informationen weiter. Lesen Sie ihre <privacy>Datenschutzerklärung</privacy> und ihre <terms>Nutzungsbedingungen</terms>.",
  "consent.revokeLater": "Sie können ihren Zugriff jederzeit unter <link>Verbundene Apps</link> widerrufen.",
  "consent.opensInNewTab": "Öffnet sich in einem neuen Tab",

  "consent.apps.heading": "Verbundene Apps",
  "consent.apps.intro":
    "Die Apps, denen Sie den Zugriff auf Ihr Konto bei {portal} erlaubt haben. Wird eine App widerrufen, ist sie sofort abgemeldet; um zurückzukommen, muss sie Sie erneut fragen.",
  "consent.apps.introNoPortal":
    "Die Apps, denen Sie den Zugriff auf Ihr Konto in diesem Portal erlaubt haben. Wird eine App widerrufen, ist sie sofort abgemeldet; um zurückzukommen, muss sie Sie erneut fragen.",
  "consent.apps.loading": "Apps werden geladen…",
  "consent.apps.loadFailed": "Ihre verbundenen Apps konnten nicht geladen werden.",
  "consent.apps.empty": "Sie haben bei {portal} noch keine Apps erlaubt.",
  "consent.apps.emptyNoPortal": "Sie haben in diesem Portal noch keine Apps erlaubt.",
  "consent.apps.list": "Von Ihnen erlaubte Apps",
  "consent.apps.revoked": "{app} hat keinen Zugriff mehr auf Ihr Konto.",
  "consent.apps.allowedOn": "Erlaubt am {date}",
  "consent.apps.revoke": "Widerrufen",
  "consent.apps.itCan": "Die App darf:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "Zugriff für {app} widerrufen?",
  "consent.apps.revokeConfirm": "Zugriff widerrufen",
  "consent.apps.revokeFailed":
    "Der Zugriff von {app} konnte nicht widerrufen werden. Versuchen Sie es erneut.",
  "consent.apps.revokeText":
    "{app} verliert den Zugriff auf Ihr Konto in diesem Portal. Um die App wieder zu nutzen, erlauben Sie sie erneut.",

  "consent.error.heading": "Fehler",
  "consent.error.code": "Fehlercode",
  "consent.error.badRequest":
    "Die Anwendung hat Sie mit einer Anfrage hierher geschickt, die Gatehouse nicht annehmen kann. Schließen Sie diese Seite und kehren Sie zur Anwendung zurück.",
  "consent.error.crashed":
    "Auf dieser Seite ist etwas schiefgelaufen. Laden Sie sie neu, um es erneut zu versuchen.",
  "consent.notFound.heading": "Seite nicht gefunden",
  "consent.notFound.text":
    "Unter dieser Adresse gibt es nichts. Prüfen Sie den Link oder kehren Sie zu der Anwendung zurück, von der Sie kamen.",
  "consent.home.title": "Startseite",
  "consent.home.intro":
    "Gatehouse meldet Sie bei DocSpace-Apps an und lässt Sie entscheiden, worauf jede App zugreifen darf.",
  "consent.home.hint":
    "Um sich anzumelden, öffnen Sie die Anwendung, die Sie nutzen möchten; sie führt Sie hierher.",

  "consent.homeLink": "Zur Startseite von Gatehouse",
  "consent.appIcon": "Symbol von {app}",
  "consent.websiteNewTab": "(öffnet sich in einem neuen Tab)",
  "consent.oneTimeLink.hint":
    "Der Link funktioniert einmal, bis {time}. Er wird nicht noch einmal angezeigt.",
};
