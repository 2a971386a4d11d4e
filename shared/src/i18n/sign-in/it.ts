import type { SignInMessages } from "./en.ts";

/** Italiano: sign-in (see ./en.ts). */
export const signInIt: SignInMessages = {
  "signIn.heading": "Accedi",
  "signIn.submit": "Accedi",
  "signIn.submitting": "Accesso in corso…",
  "signIn.forgot": "Password dimenticata?",
  "signIn.incorrect": "Email o password non corretti",
  "signIn.failed": "Qualcosa è andato storto durante l’accesso. Riprova.",
  "signIn.tooManyLater": "Troppi tentativi di accesso. Riprova più tardi.",
  "signIn.tooManyIn":
    "Troppi tentativi di accesso. Riprova tra {unit, select, minute {{amount, plural, one {# minuto} other {# minuti}}} other {{amount, plural, one {# secondo} other {# secondi}}}}.",
  "signIn.again": "Accedi di nuovo",
  "signIn.forApp": "per continuare su {app}",
  "signIn.forAppAnother": "per continuare su {app} con un altro account",
  "signIn.forSettings": "per gestire le tue impostazioni di Gatehouse",
  "signIn.forSettingsAnother": "per gestire le tue impostazioni di Gatehouse con un altro account",
  "signIn.signedInHere":
    "Account connessi in questo browser: {emails}. Accedere aggiunge un account; nessuno viene disconnesso.",
  "signIn.othersStay": "Chi ha effettuato l’accesso in questo browser resta connesso.",
  "signIn.returning": "Ritorno all’applicazione…",

  "signIn.passkey.button": "Accedi con una passkey",
  "signIn.passkey.refused":
    "Non è stato possibile accedere con quella passkey. Riprova o usa la tua password.",
  "signIn.passkey.unsupported": "Questo browser non può usare le passkey. Accedi con la tua password.",
  "signIn.passkey.use": "Usa una passkey",
  "signIn.passkey.confirm": "Conferma la tua identità con una passkey che hai aggiunto al tuo account.",
  "signIn.passkey.unsupportedHere": "Questo browser non può usare le passkey.",
  "signIn.passkey.didNotWork":
    "Quella passkey non ha funzionato. {codes, select, yes {Riprova o usa un codice.} other {Riprova.}}",
  "signIn.passkey.unusable":
    "Non è stato possibile usare la tua passkey. {codes, select, yes {Riprova o usa un codice.} other {Riprova.}}",

  "signIn.code.label": "Codice di autenticazione",
  "signIn.code.hint": "Il codice di 6 cifre che la tua app di autenticazione mostra ora.",
  "signIn.code.invalid": "Inserisci il codice di 6 cifre della tua app",
  "signIn.code.enter": "Inserisci il tuo codice",
  "signIn.code.enterNow": "Inserisci il codice che la tua app mostra ora",
  "signIn.code.refused": "Quel codice non ha funzionato",
  "signIn.code.checkFailed": "Non è stato possibile verificare il tuo codice. Riprova.",
  "signIn.code.use": "Usa un codice di autenticazione",
  "signIn.code.verify": "Verifica",
  "signIn.recovery.label": "Codice di recupero",
  "signIn.recovery.hint":
    "Uno dei codici che hai salvato quando hai configurato l’autenticazione a due fattori. Ognuno funziona una volta.",
  "signIn.recovery.invalid": "Inserisci uno dei tuoi codici di recupero",
  "signIn.recovery.check": "Controlla il codice di recupero",
  "signIn.recovery.use": "Usa un codice di recupero",
  "signIn.expired": "L’accesso ha richiesto troppo tempo. Accedi di nuovo.",

  "signIn.setup.heading": "Configura l’autenticazione a due fattori",
  "signIn.setup.required":
    "Il tuo portale richiede a tutti l’autenticazione a due fattori. Configura ora un’app di autenticazione: da quel momento accedi con la tua password e un codice dell’app.",
  "signIn.setup.preparing": "Preparazione della tua chiave…",
  "signIn.setup.prepareFailed": "Non è stato possibile preparare la tua chiave.",
  "signIn.setup.openApp":
    "Apri un’app di autenticazione sul telefono, come 2FAS, Aegis, Google Authenticator o 1Password.",
  "signIn.setup.scan": "Scansiona con l’app questo codice QR.",
  "signIn.setup.qrAlt": "Codice QR per la tua app di autenticazione",
  "signIn.setup.qrFailed":
    "Non è stato possibile disegnare il codice QR: inserisci invece la chiave qui sotto.",
  "signIn.setup.cantScan": "Non riesci a scansionare? Inserisci questa chiave",
  "signIn.setup.key": "chiave",
  "signIn.setup.enterCode": "Inserisci il codice",
  "signIn.setup.checkFailed": "Non è stato possibile verificare il codice. Riprova.",
  "signIn.setup.confirm": "Conferma",

  "signIn.codes.heading": "Salva i tuoi codici di recupero",
  "signIn.codes.intro":
    "Conserva questi codici in un posto sicuro, lontano dal telefono. Se perdi la tua app di autenticazione, ogni codice ti fa accedere una volta. Vengono mostrati solo ora.",
  "signIn.codes.list": "Codici di recupero",
  "signIn.codes.download": "Scarica",
  "signIn.codes.file":
    "Codici di recupero di Gatehouse. Ognuno funziona una volta, al posto di un codice di autenticazione.",

  "signIn.portal.heading": "Scegli il portale",
  "signIn.portal.signedInAs": "Accesso effettuato come <b>{email}</b>",
  "signIn.portal.forAppAs": "per continuare su {app} come <b>{email}</b>",
  "signIn.portal.none":
    "Il tuo account non appartiene ancora a nessun portale. Chiedi a un proprietario del portale di invitarti.",
  "signIn.portal.chooseFailed": "Non è stato possibile scegliere {portal}. Riprova.",
  "signIn.account.chooseFailed": "Non è stato possibile scegliere {portal} per {email}. Riprova.",
  "signIn.account.noPortal": "{app} non può essere usata su nessun portale di questo account.",
  "signIn.account.inUse": "In uso",

  "signIn.session.noAnswer": "Gatehouse non risponde",
  "signIn.session.checkFailed": "Non è stato possibile verificare la tua sessione. Riprova.",
  "signIn.session.signOutFailed": "Non è stato possibile disconnetterti. Riprova.",
  "signIn.nav.label": "Impostazioni",
  "signIn.nav.developerTools": "Strumenti per sviluppatori",

  "signIn.signedOut.title": "Disconnesso",
  "signIn.signedOut.heading": "Sei disconnesso",
  "signIn.signedOut.text": "La tua sessione di Gatehouse è terminata. Puoi chiudere questa pagina.",
};
