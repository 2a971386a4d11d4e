import type { AppsMessages } from "./en.ts";

/** Italiano: apps (see ./en.ts). */
export const appsIt: AppsMessages = {
  "apps.eyebrow": "Strumenti per sviluppatori",
  "apps.eyebrowForm": "Strumenti per sviluppatori · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Strumenti per sviluppatori",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Registra le applicazioni che fanno accedere le persone con Gatehouse e usano l’API di DocSpace per loro conto. Le app registrate qui appartengono a {portal}. Disattivare o eliminare un’app revoca tutte le autorizzazioni che le persone le hanno concesso.",
  "apps.list.introNoPortal":
    "Registra le applicazioni che fanno accedere le persone con Gatehouse e usano l’API di DocSpace per loro conto. Le app registrate qui appartengono a questo portale. Disattivare o eliminare un’app revoca tutte le autorizzazioni che le persone le hanno concesso.",
  "apps.list.loading": "Caricamento delle app…",
  "apps.list.loadFailed": "Non è stato possibile caricare le app.",
  "apps.list.forbidden": "Solo i proprietari e gli amministratori di {portal} possono gestire le app.",
  "apps.list.forbiddenNoPortal":
    "Solo i proprietari e gli amministratori di questo portale possono gestire le app.",
  "apps.list.registered": "App registrate",
  "apps.list.empty":
    "Non ci sono ancora app registrate su {portal}. Registrane una per farle far accedere le persone con Gatehouse.",
  "apps.list.emptyNoPortal":
    "Non ci sono ancora app registrate su questo portale. Registrane una per farle far accedere le persone con Gatehouse.",
  "apps.list.deleted": "{app} è stata eliminata.",
  "apps.list.saved": "{app} è stata salvata.",

  "apps.row.public": "Client pubblico (PKCE)",
  "apps.row.confidential": "Client riservato",
  "apps.row.disabled": "Disattivata",
  "apps.row.enabled": "Attiva",
  "apps.row.edit": "Modifica",
  "apps.row.regenerate": "Rigenera il segreto",
  "apps.row.delete": "Elimina",
  "apps.row.disableFailed": "Non è stato possibile disattivare {app}.",
  "apps.row.enableFailed": "Non è stato possibile attivare {app}.",

  "apps.credentials.clientId": "ID client",
  "apps.credentials.clientIdCopy": "ID client",
  "apps.credentials.clientSecret": "Segreto client",
  "apps.credentials.shownOnce": "Questo segreto non verrà più mostrato. Copialo ora e conservalo al sicuro.",
  "apps.credentials.label": "Credenziali",
  "apps.regenerate.title": "Rigenerare il segreto di {app}?",
  "apps.regenerate.confirm": "Crea un nuovo segreto",
  "apps.regenerate.text":
    "Il segreto attuale smette subito di funzionare: {app} non può riscattare codici né rinnovare token finché non riceve quello nuovo.",
  "apps.regenerate.newSecret": "Nuovo segreto client per {app}",
  "apps.delete.title": "Eliminare {app}?",
  "apps.delete.confirm": "Elimina app",
  "apps.delete.text":
    "Chiunque abbia autorizzato {app} perde quell’autorizzazione: i suoi token smettono subito di funzionare. L’operazione non può essere annullata.",

  "apps.register.heading": "Registra una nuova applicazione",
  "apps.register.intro": "L’app potrà far accedere le persone di {portal} non appena la autorizzeranno.",
  "apps.register.introNoPortal":
    "L’app potrà far accedere le persone di questo portale non appena la autorizzeranno.",
  "apps.registered.pageTitle": "Applicazione registrata",
  "apps.registered.heading": "{app} è registrata",
  "apps.registered.public":
    "{app} è un client pubblico: non ha un segreto client. Dimostra invece ogni accesso con PKCE.",
  "apps.edit.heading": "Modifica {app}",
  "apps.edit.headingLoading": "Modifica applicazione",
  "apps.edit.notFound": "Questa app non esiste su {portal}.",
  "apps.edit.notFoundNoPortal": "Questa app non esiste su questo portale.",
  "apps.edit.loadFailed": "Non è stato possibile caricare l’app.",
  "apps.edit.back": "Torna alle app",

  "apps.form.save": "Salva",
  "apps.form.sessionEnded": "La tua sessione è scaduta. Ricarica la pagina e accedi di nuovo.",
  "apps.form.saveFailed": "Non è stato possibile salvare l’app. Riprova.",
  "apps.form.basic": "Informazioni di base",
  "apps.form.name": "Nome dell’app",
  "apps.form.nameHint": "Da 3 a 256 caratteri, mostrato alle persone nella pagina di consenso.",
  "apps.form.websiteUrl": "URL del sito web",
  "apps.form.description": "Descrizione",
  "apps.form.descriptionHint": "Facoltativa, al massimo 255 caratteri ({count} usati).",
  "apps.form.signIn": "Accesso",
  "apps.form.redirectUris": "URL di reindirizzamento",
  "apps.form.redirectUrisHint":
    "Dove Gatehouse rimanda le persone dopo la loro scelta, confrontati esattamente. https, oppure http per localhost e 127.0.0.1.",
  "apps.form.redirectUrisAdded": "URL di reindirizzamento aggiunti",
  "apps.form.allowedOrigins": "Origini consentite",
  "apps.form.allowedOriginsHint":
    "Le origini web (scheme://host[:port]) le cui pagine possono chiamare l’endpoint dei token e l’API.",
  "apps.form.allowedOriginsAdded": "Origini consentite aggiunte",
  "apps.form.add": "Aggiungi",
  "apps.form.removeEntry": "Rimuovi {entry}",
  "apps.form.allowPkce": "Consenti client pubblico (PKCE)",
  "apps.form.allowPkceHint":
    "Per app a pagina singola e mobili che non possono custodire un segreto: l’app non riceve un segreto client e deve usare PKCE.",
  "apps.form.portals": "Portali",
  "apps.form.otherPortals": "Disponibile per altri portali",
  "apps.form.otherPortalsHint":
    "Se non selezionata, l’app può essere usata solo su questo portale: le persone senza un account qui vengono rifiutate. Renderla di nuovo privata revoca le sue autorizzazioni sugli altri portali.",
  "apps.form.legal": "Note legali",
  "apps.form.policyUrl": "URL dell’informativa sulla privacy",
  "apps.form.termsUrl": "URL dei termini di servizio",

  "apps.icon.label": "Icona dell’app",
  "apps.icon.choose": "Scegli icona",
  "apps.icon.none": "Nessuna icona scelta",
  "apps.icon.noneNew": "Nessuna nuova icona scelta",
  "apps.icon.preview": "Anteprima dell’icona dell’app",
  "apps.icon.hint": "Un’immagine JPG, PNG o SVG di esattamente 32×32 pixel, al massimo 256 KB.",
  "apps.icon.hintKeep":
    "Un’immagine JPG, PNG o SVG di esattamente 32×32 pixel, al massimo 256 KB. Lascia vuoto per mantenere l’icona attuale.",
  "apps.icon.unreadable": "Non è stato possibile leggere il file. Scegline un altro.",

  "apps.scopes.heading": "Accesso",
  "apps.scopes.legend": "Ambiti di accesso",
  "apps.scopes.hint": "Cosa l’app può chiedere alle persone. Scrittura include Lettura.",
  "apps.scopes.scope": "Ambito",
  "apps.scopes.read": "Lettura",
  "apps.scopes.write": "Scrittura",
  "apps.scopes.readLine": "Lettura: {description}",
  "apps.scopes.writeLine": "Scrittura: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "Algoritmo di firma del token ID",
  "apps.alg.hint": "Mantieni RS256, a meno che la libreria OpenID dell’app non sia configurata per ES256.",
  "apps.alg.RS256": "RS256 (RSA, il predefinito di OpenID)",
  "apps.alg.ES256": "ES256 (curva ellittica P-256)",

  "apps.error.check": "Controlla questo campo",
  "apps.error.nameLength": "Il nome dell’app deve avere da 3 a 256 caratteri",
  "apps.error.websiteUrlTooLong": "L’URL del sito web è troppo lungo",
  "apps.error.websiteUrlInvalid": "L’URL del sito web deve essere un URL http(s) assoluto",
  "apps.error.policyUrlTooLong": "L’URL dell’informativa sulla privacy è troppo lungo",
  "apps.error.policyUrlInvalid": "L’URL dell’informativa sulla privacy deve essere un URL http(s) assoluto",
  "apps.error.termsUrlTooLong": "L’URL dei termini di servizio è troppo lungo",
  "apps.error.termsUrlInvalid": "L’URL dei termini di servizio deve essere un URL http(s) assoluto",
  "apps.error.logoMissing": "Scegli un’icona per l’app",
  "apps.error.logoTooLarge": "L’icona dell’app deve pesare al massimo 256 KB",
  "apps.error.logoNotAnImage": "L’icona dell’app deve essere un’immagine JPG, PNG o SVG",
  "apps.error.logoSize":
    "L’icona dell’app deve essere esattamente di 32×32 pixel (questa è {width}×{height})",
  "apps.error.descriptionTooLong": "La descrizione deve avere al massimo 255 caratteri",
  "apps.error.scopesMissing": "Scegli almeno un ambito di accesso",
  "apps.error.redirectMissing": "Inserisci un URL di reindirizzamento",
  "apps.error.redirectTooLong": "L’URL di reindirizzamento è troppo lungo",
  "apps.error.redirectNotAbsolute": "L’URL di reindirizzamento deve essere un URL assoluto",
  "apps.error.redirectFragment": "L’URL di reindirizzamento non deve contenere un frammento",
  "apps.error.redirectCredentials": "L’URL di reindirizzamento non deve contenere nome utente né password",
  "apps.error.redirectHttps":
    "L’URL di reindirizzamento deve usare https (http solo per localhost o 127.0.0.1)",
  "apps.error.redirectCheck": "Controlla questo URL di reindirizzamento",
  "apps.error.redirectNone": "Aggiungi almeno un URL di reindirizzamento",
  "apps.error.redirectTooMany":
    "Aggiungi al massimo {max, plural, one {# URL di reindirizzamento} other {# URL di reindirizzamento}}",
  "apps.error.redirectTwice": "Questo URL di reindirizzamento è già stato aggiunto",
  "apps.error.redirectRepeated": "Ogni URL di reindirizzamento può essere aggiunto una sola volta",
  "apps.error.originMissing": "Inserisci un’origine",
  "apps.error.originInvalid":
    "Un’origine consentita deve avere la forma scheme://host[:port], senza percorso né barra finale",
  "apps.error.originCheck": "Controlla questa origine consentita",
  "apps.error.originNone": "Aggiungi almeno un’origine consentita",
  "apps.error.originTooMany":
    "Aggiungi al massimo {max, plural, one {# origine consentita} other {# origini consentite}}",
  "apps.error.originTwice": "Questa origine consentita è già stata aggiunta",
  "apps.error.originRepeated": "Ogni origine consentita può essere aggiunta una sola volta",
};
