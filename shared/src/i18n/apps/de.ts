import type { AppsMessages } from "./en.ts";

/** Deutsch: apps (see ./en.ts). */
export const appsDe: AppsMessages = {
  "apps.eyebrow": "Entwicklertools",
  "apps.eyebrowForm": "Entwicklertools · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Entwicklertools",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Registrieren Sie die Anwendungen, die Personen mit Gatehouse anmelden und in deren Namen die DocSpace-API nutzen. Hier registrierte Apps gehören zu {portal}. Wenn Sie eine App ausschalten oder löschen, enden alle Freigaben, die Personen ihr erteilt haben.",
  "apps.list.introNoPortal":
    "Registrieren Sie die Anwendungen, die Personen mit Gatehouse anmelden und in deren Namen die DocSpace-API nutzen. Hier registrierte Apps gehören zu diesem Portal. Wenn Sie eine App ausschalten oder löschen, enden alle Freigaben, die Personen ihr erteilt haben.",
  "apps.list.loading": "Apps werden geladen…",
  "apps.list.loadFailed": "Die Apps konnten nicht geladen werden.",
  "apps.list.forbidden": "Nur Inhaber und Administratoren von {portal} können Apps verwalten.",
  "apps.list.forbiddenNoPortal": "Nur Inhaber und Administratoren dieses Portals können Apps verwalten.",
  "apps.list.registered": "Registrierte Apps",
  "apps.list.empty":
    "Auf {portal} sind noch keine Apps registriert. Registrieren Sie eine, damit sie Personen mit Gatehouse anmelden kann.",
  "apps.list.emptyNoPortal":
    "Auf diesem Portal sind noch keine Apps registriert. Registrieren Sie eine, damit sie Personen mit Gatehouse anmelden kann.",
  "apps.list.deleted": "{app} wurde gelöscht.",
  "apps.list.saved": "{app} wurde gespeichert.",

  "apps.row.public": "Öffentlicher Client (PKCE)",
  "apps.row.confidential": "Vertraulicher Client",
  "apps.row.disabled": "Deaktiviert",
  "apps.row.enabled": "Aktiviert",
  "apps.row.edit": "Bearbeiten",
  "apps.row.regenerate": "Secret neu erzeugen",
  "apps.row.delete": "Löschen",
  "apps.row.disableFailed": "{app} konnte nicht deaktiviert werden.",
  "apps.row.enableFailed": "{app} konnte nicht aktiviert werden.",

  "apps.credentials.clientId": "Client-ID",
  "apps.credentials.clientIdCopy": "Client-ID",
  "apps.credentials.clientSecret": "Client-Secret",
  "apps.credentials.shownOnce":
    "Dieses Secret wird nicht noch einmal angezeigt. Kopieren Sie es jetzt und bewahren Sie es sicher auf.",
  "apps.credentials.label": "Zugangsdaten",
  "apps.regenerate.title": "Secret von {app} neu erzeugen?",
  "apps.regenerate.confirm": "Neues Secret erzeugen",
  "apps.regenerate.text":
    "Das aktuelle Secret funktioniert sofort nicht mehr: {app} kann keine Codes einlösen und keine Tokens erneuern, bis die App das neue erhält.",
  "apps.regenerate.newSecret": "Neues Client-Secret für {app}",
  "apps.delete.title": "{app} löschen?",
  "apps.delete.confirm": "App löschen",
  "apps.delete.text":
    "Alle, die {app} zugelassen haben, verlieren diese Freigabe: Ihre Tokens funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.",

  "apps.register.heading": "Neue Anwendung registrieren",
  "apps.register.intro": "Die App kann Personen von {portal} anmelden, sobald diese es ihr erlauben.",
  "apps.register.introNoPortal":
    "Die App kann Personen dieses Portals anmelden, sobald diese es ihr erlauben.",
  "apps.registered.pageTitle": "Anwendung registriert",
  "apps.registered.heading": "{app} ist registriert",
  "apps.registered.public":
    "{app} ist ein öffentlicher Client: Er hat kein Client-Secret und weist jede Anmeldung stattdessen mit PKCE nach.",
  "apps.edit.heading": "{app} bearbeiten",
  "apps.edit.headingLoading": "Anwendung bearbeiten",
  "apps.edit.notFound": "Auf {portal} gibt es diese App nicht.",
  "apps.edit.notFoundNoPortal": "Auf diesem Portal gibt es diese App nicht.",
  "apps.edit.loadFailed": "Die App konnte nicht geladen werden.",
  "apps.edit.back": "Zurück zu den Apps",

  "apps.form.save": "Speichern",
  "apps.form.sessionEnded":
    "Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu und melden Sie sich erneut an.",
  "apps.form.saveFailed": "Die App konnte nicht gespeichert werden. Versuchen Sie es erneut.",
  "apps.form.basic": "Grundangaben",
  "apps.form.name": "Name der App",
  "apps.form.nameHint": "3 bis 256 Zeichen, wird Personen auf der Zustimmungsseite angezeigt.",
  "apps.form.websiteUrl": "Website-URL",
  "apps.form.description": "Beschreibung",
  "apps.form.descriptionHint": "Optional, höchstens 255 Zeichen ({count} verwendet).",
  "apps.form.signIn": "Anmeldung",
  "apps.form.redirectUris": "Weiterleitungs-URLs",
  "apps.form.redirectUrisHint":
    "Wohin Gatehouse Personen nach ihrer Entscheidung zurückschickt, exakt abgeglichen. https, oder http für localhost und 127.0.0.1.",
  "apps.form.redirectUrisAdded": "Hinzugefügte Weiterleitungs-URLs",
  "apps.form.allowedOrigins": "Zulässige Ursprünge",
  "apps.form.allowedOriginsHint":
    "Die Web-Ursprünge (scheme://host[:port]), deren Seiten den Token-Endpunkt und die API aufrufen dürfen.",
  "apps.form.allowedOriginsAdded": "Hinzugefügte zulässige Ursprünge",
  "apps.form.add": "Hinzufügen",
  "apps.form.removeEntry": "{entry} entfernen",
  "apps.form.allowPkce": "Öffentlichen Client zulassen (PKCE)",
  "apps.form.allowPkceHint":
    "Für Single-Page- und Mobil-Apps, die kein Secret geheim halten können: Die App erhält kein Client-Secret und muss PKCE verwenden.",
  "apps.form.portals": "Portale",
  "apps.form.otherPortals": "Für andere Portale verfügbar",
  "apps.form.otherPortalsHint":
    "Nicht angehakt kann die App nur auf diesem Portal verwendet werden: Personen ohne Konto hier werden abgewiesen. Wird sie wieder privat, enden ihre Freigaben auf anderen Portalen.",
  "apps.form.legal": "Rechtliches",
  "apps.form.policyUrl": "URL der Datenschutzerklärung",
  "apps.form.termsUrl": "URL der Nutzungsbedingungen",

  "apps.icon.label": "App-Symbol",
  "apps.icon.choose": "Symbol auswählen",
  "apps.icon.none": "Kein Symbol ausgewählt",
  "apps.icon.noneNew": "Kein neues Symbol ausgewählt",
  "apps.icon.preview": "Vorschau des App-Symbols",
  "apps.icon.hint": "Ein JPG-, PNG- oder SVG-Bild von genau 32×32 Pixeln, höchstens 256 KB.",
  "apps.icon.hintKeep":
    "Ein JPG-, PNG- oder SVG-Bild von genau 32×32 Pixeln, höchstens 256 KB. Lassen Sie das Feld leer, um das aktuelle Symbol zu behalten.",
  "apps.icon.unreadable": "Die Datei konnte nicht gelesen werden. Wählen Sie eine andere aus.",

  "apps.scopes.heading": "Zugriff",
  "apps.scopes.legend": "Zugriffsbereiche",
  "apps.scopes.hint": "Worum die App Personen bitten darf. Schreiben schließt Lesen ein.",
  "apps.scopes.scope": "Bereich",
  "apps.scopes.read": "Lesen",
  "apps.scopes.write": "Schreiben",
  "apps.scopes.readLine": "Lesen: {description}",
  "apps.scopes.writeLine": "Schreiben: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "Signaturalgorithmus des ID-Tokens",
  "apps.alg.hint":
    "Behalten Sie RS256, es sei denn, die OpenID-Bibliothek der App ist für ES256 eingerichtet.",
  "apps.alg.RS256": "RS256 (RSA, der OpenID-Standard)",
  "apps.alg.ES256": "ES256 (elliptische Kurve P-256)",

  "apps.error.check": "Überprüfen Sie dieses Feld",
  "apps.error.nameLength": "Der Name der App muss 3–256 Zeichen lang sein",
  "apps.error.websiteUrlTooLong": "Die Website-URL ist zu lang",
  "apps.error.websiteUrlInvalid": "Die Website-URL muss eine absolute http(s)-URL sein",
  "apps.error.policyUrlTooLong": "Die URL der Datenschutzerklärung ist zu lang",
  "apps.error.policyUrlInvalid": "Die URL der Datenschutzerklärung muss eine absolute http(s)-URL sein",
  "apps.error.termsUrlTooLong": "Die URL der Nutzungsbedingungen ist zu lang",
  "apps.error.termsUrlInvalid": "Die URL der Nutzungsbedingungen muss eine absolute http(s)-URL sein",
  "apps.error.logoMissing": "Wählen Sie ein App-Symbol aus",
  "apps.error.logoTooLarge": "Das App-Symbol darf höchstens 256 KB groß sein",
  "apps.error.logoNotAnImage": "Das App-Symbol muss ein JPG-, PNG- oder SVG-Bild sein",
  "apps.error.logoSize": "Das App-Symbol muss genau 32×32 Pixel groß sein (dieses ist {width}×{height})",
  "apps.error.descriptionTooLong": "Die Beschreibung darf höchstens 255 Zeichen lang sein",
  "apps.error.scopesMissing": "Wählen Sie mindestens einen Zugriffsbereich aus",
  "apps.error.redirectMissing": "Geben Sie eine Weiterleitungs-URL ein",
  "apps.error.redirectTooLong": "Die Weiterleitungs-URL ist zu lang",
  "apps.error.redirectNotAbsolute": "Die Weiterleitungs-URL muss eine absolute URL sein",
  "apps.error.redirectFragment": "Die Weiterleitungs-URL darf kein Fragment enthalten",
  "apps.error.redirectCredentials":
    "Die Weiterleitungs-URL darf keinen Benutzernamen und kein Passwort enthalten",
  "apps.error.redirectHttps":
    "Die Weiterleitungs-URL muss https verwenden (http nur für localhost oder 127.0.0.1)",
  "apps.error.redirectCheck": "Überprüfen Sie diese Weiterleitungs-URL",
  "apps.error.redirectNone": "Fügen Sie mindestens eine Weiterleitungs-URL hinzu",
  "apps.error.redirectTooMany":
    "Fügen Sie höchstens {max, plural, one {# Weiterleitungs-URL} other {# Weiterleitungs-URLs}} hinzu",
  "apps.error.redirectTwice": "Diese Weiterleitungs-URL ist bereits hinzugefügt",
  "apps.error.redirectRepeated": "Jede Weiterleitungs-URL darf nur einmal hinzugefügt werden",
  "apps.error.originMissing": "Geben Sie einen Ursprung ein",
  "apps.error.originInvalid":
    "Ein zulässiger Ursprung muss scheme://host[:port] lauten, ohne Pfad und ohne abschließenden Schrägstrich",
  "apps.error.originCheck": "Überprüfen Sie diesen zulässigen Ursprung",
  "apps.error.originNone": "Fügen Sie mindestens einen zulässigen Ursprung hinzu",
  "apps.error.originTooMany":
    "Fügen Sie höchstens {max, plural, one {# zulässigen Ursprung} other {# zulässige Ursprünge}} hinzu",
  "apps.error.originTwice": "Dieser zulässige Ursprung ist bereits hinzugefügt",
  "apps.error.originRepeated": "Jeder zulässige Ursprung darf nur einmal hinzugefügt werden",
};
