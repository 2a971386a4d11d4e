import type { ConsentMessages } from "./en.ts";

/** Italiano: consent (see ./en.ts). */
export const consentIt: ConsentMessages = {
  "consent.title": "Consentire l’accesso a {app}?",
  "consent.heading": "{app} vuole accedere al tuo account {portal}",
  "consent.headingNoPortal": "{app} vuole accedere al tuo account",
  "consent.signedInAs": "Accesso effettuato come",
  "consent.changeProfile": "Cambia profilo",
  "consent.allow": "Consenti",
  "consent.deny": "Nega",
  "consent.decisionFailed": "Non è stato possibile registrare la tua decisione. Riprova.",
  "consent.signOutFailed": "Non è stato possibile disconnetterti. Riprova.",
  "consent.chooserFailed": "Non è stato possibile mostrare la scelta dell’account. Riprova.",
  "consent.unusableRedirect":
    "Gatehouse ha risposto con un indirizzo a cui non può inviarti. Torna all’applicazione.",
  "consent.scopes.all": "{app} potrà:",
  "consent.scopes.new": "Nuove autorizzazioni",
  "consent.scopes.granted": "Concesse in precedenza",
  "consent.scopes.newBadge": "Nuovo",
  "consent.group.profile": "Profilo",
  "consent.group.accounts": "Account",
  "consent.group.files": "File e cartelle",
  "consent.group.rooms": "Stanze",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Assicurati di fidarti di {app}. Potresti condividere informazioni sensibili con questa app. Leggi la sua <privacy>Informativa sulla privacy</privacy> e i suoi <terms>Termini di servizio</terms>.",
  "consent.revokeLater": "Puoi revocarne l’accesso in qualsiasi momento in <link>App collegate</link>.",
  "consent.opensInNewTab": "Si apre in una nuova scheda",

  "consent.apps.heading": "App collegate",
  "consent.apps.intro":
    "Le app a cui hai consentito di accedere al tuo account su {portal}. Revocare un’app la disconnette subito; per tornare dovrà chiedertelo di nuovo.",
  "consent.apps.introNoPortal":
    "Le app a cui hai consentito di accedere al tuo account su questo portale. Revocare un’app la disconnette subito; per tornare dovrà chiedertelo di nuovo.",
  "consent.apps.loading": "Caricamento delle app…",
  "consent.apps.loadFailed": "Non è stato possibile caricare le tue app collegate.",
  "consent.apps.empty": "Non hai consentito nessuna app su {portal}.",
  "consent.apps.emptyNoPortal": "Non hai consentito nessuna app su questo portale.",
  "consent.apps.list": "App che hai consentito",
  "consent.apps.revoked": "{app} non può più accedere al tuo account.",
  "consent.apps.allowedOn": "Consentita il {date}",
  "consent.apps.revoke": "Revoca",
  "consent.apps.itCan": "Può:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "Revocare l’accesso a {app}?",
  "consent.apps.revokeConfirm": "Revoca accesso",
  "consent.apps.revokeFailed": "Non è stato possibile revocare l’accesso a {app}. Riprova.",
  "consent.apps.revokeText":
    "{app} perde l’accesso al tuo account su questo portale. Per usarla di nuovo, dovrai consentirla di nuovo.",

  "consent.error.heading": "Errore",
  "consent.error.code": "Codice di errore",
  "consent.error.badRequest":
    "L’applicazione ti ha mandato qui con una richiesta che Gatehouse non può accettare. Chiudi questa pagina e torna all’applicazione.",
  "consent.error.crashed": "Qualcosa è andato storto in questa pagina. Ricaricala per riprovare.",
  "consent.notFound.heading": "Pagina non trovata",
  "consent.notFound.text":
    "A questo indirizzo non c’è nulla. Controlla il link o torna all’applicazione da cui sei arrivato.",
  "consent.home.title": "Pagina iniziale",
  "consent.home.intro":
    "Gatehouse ti fa accedere alle app di DocSpace e ti lascia decidere a cosa può accedere ciascuna app.",
  "consent.home.hint": "Per accedere, apri l’applicazione che vuoi usare: ti porterà qui.",

  "consent.homeLink": "Vai alla pagina iniziale di Gatehouse",
  "consent.appIcon": "Icona di {app}",
  "consent.websiteNewTab": "(si apre in una nuova scheda)",
  "consent.oneTimeLink.hint": "Funziona una sola volta, fino al {time}. Non verrà mostrato di nuovo.",
};
