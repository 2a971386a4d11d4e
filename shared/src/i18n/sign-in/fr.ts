import type { SignInMessages } from "./en.ts";

/** Français: sign-in (see ./en.ts). */
export const signInFr: SignInMessages = {
  "signIn.heading": "Se connecter",
  "signIn.submit": "Se connecter",
  "signIn.submitting": "Connexion…",
  "signIn.forgot": "Mot de passe oublié ?",
  "signIn.incorrect": "Adresse e-mail ou mot de passe incorrect",
  "signIn.failed": "Un problème est survenu pendant votre connexion. Réessayez.",
  "signIn.tooManyLater": "Trop de tentatives de connexion. Réessayez plus tard.",
  "signIn.tooManyIn":
    "Trop de tentatives de connexion. Réessayez dans {unit, select, minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# seconde} other {# secondes}}}}.",
  "signIn.again": "Se reconnecter",
  "signIn.forApp": "pour continuer vers {app}",
  "signIn.forAppAnother": "pour continuer vers {app} avec un autre compte",
  "signIn.forSettings": "pour gérer vos paramètres Gatehouse",
  "signIn.forSettingsAnother": "pour gérer vos paramètres Gatehouse avec un autre compte",
  "signIn.signedInHere":
    "Connecté dans ce navigateur : {emails}. Se connecter ajoute un compte ; personne n’est déconnecté.",
  "signIn.othersStay": "Toutes les personnes connectées dans ce navigateur le restent.",
  "signIn.returning": "Retour à l’application…",

  "signIn.passkey.button": "Se connecter avec une clé d’accès",
  "signIn.passkey.refused":
    "Cette clé d’accès n’a pas pu vous connecter. Réessayez, ou utilisez votre mot de passe.",
  "signIn.passkey.unsupported":
    "Ce navigateur ne peut pas utiliser de clés d’accès. Connectez-vous avec votre mot de passe.",
  "signIn.passkey.use": "Utiliser une clé d’accès",
  "signIn.passkey.confirm": "Confirmez votre identité avec une clé d’accès ajoutée à votre compte.",
  "signIn.passkey.unsupportedHere": "Ce navigateur ne peut pas utiliser de clés d’accès.",
  "signIn.passkey.didNotWork":
    "Cette clé d’accès n’a pas fonctionné. {codes, select, yes {Réessayez, ou utilisez un code.} other {Réessayez.}}",
  "signIn.passkey.unusable":
    "Votre clé d’accès n’a pas pu être utilisée. {codes, select, yes {Réessayez, ou utilisez un code.} other {Réessayez.}}",

  "signIn.code.label": "Code d’authentification",
  "signIn.code.hint": "Le code à 6 chiffres que votre application d’authentification affiche maintenant.",
  "signIn.code.invalid": "Saisissez le code à 6 chiffres de votre application",
  "signIn.code.enter": "Saisissez votre code",
  "signIn.code.enterNow": "Saisissez le code que votre application affiche maintenant",
  "signIn.code.refused": "Ce code n’a pas fonctionné",
  "signIn.code.checkFailed": "Votre code n’a pas pu être vérifié. Réessayez.",
  "signIn.code.use": "Utiliser un code d’authentification",
  "signIn.code.verify": "Vérifier",
  "signIn.recovery.label": "Code de récupération",
  "signIn.recovery.hint":
    "L’un des codes enregistrés lors de la configuration de l’authentification à deux facteurs. Chacun ne sert qu’une fois.",
  "signIn.recovery.invalid": "Saisissez l’un de vos codes de récupération",
  "signIn.recovery.check": "Vérifiez le code de récupération",
  "signIn.recovery.use": "Utiliser un code de récupération",
  "signIn.expired": "Votre connexion a pris trop de temps. Reconnectez-vous.",

  "signIn.setup.heading": "Configurer l’authentification à deux facteurs",
  "signIn.setup.required":
    "Votre portail exige l’authentification à deux facteurs pour tout le monde. Configurez maintenant une application d’authentification : vous vous connecterez ensuite avec votre mot de passe et un code de l’application.",
  "signIn.setup.preparing": "Préparation de votre clé…",
  "signIn.setup.prepareFailed": "Votre clé n’a pas pu être préparée.",
  "signIn.setup.openApp":
    "Ouvrez une application d’authentification sur votre téléphone, comme 2FAS, Aegis, Google Authenticator ou 1Password.",
  "signIn.setup.scan": "Scannez ce code QR avec elle.",
  "signIn.setup.qrAlt": "Code QR pour votre application d’authentification",
  "signIn.setup.qrFailed": "Le code QR n’a pas pu être affiché : saisissez plutôt la clé ci-dessous.",
  "signIn.setup.cantScan": "Impossible de scanner ? Saisissez cette clé",
  "signIn.setup.key": "la clé",
  "signIn.setup.enterCode": "Saisissez le code",
  "signIn.setup.checkFailed": "Le code n’a pas pu être vérifié. Réessayez.",
  "signIn.setup.confirm": "Confirmer",

  "signIn.codes.heading": "Enregistrez vos codes de récupération",
  "signIn.codes.intro":
    "Gardez ces codes en lieu sûr, loin de votre téléphone. Si vous perdez votre application d’authentification, chaque code vous connecte une fois. Ils ne sont affichés que maintenant.",
  "signIn.codes.list": "Codes de récupération",
  "signIn.codes.download": "Télécharger",
  "signIn.codes.file":
    "Codes de récupération Gatehouse. Chacun ne sert qu’une fois, à la place d’un code d’authentification.",

  "signIn.portal.heading": "Choisir un portail",
  "signIn.portal.signedInAs": "Connecté en tant que <b>{email}</b>",
  "signIn.portal.forAppAs": "pour continuer vers {app} en tant que <b>{email}</b>",
  "signIn.portal.none":
    "Votre compte n’appartient encore à aucun portail. Demandez à un propriétaire de portail de vous inviter.",
  "signIn.portal.chooseFailed": "{portal} n’a pas pu être choisi. Réessayez.",
  "signIn.account.chooseFailed": "{portal} n’a pas pu être choisi pour {email}. Réessayez.",
  "signIn.account.noPortal": "{app} ne peut être utilisée sur aucun portail de ce compte.",
  "signIn.account.inUse": "Utilisé",

  "signIn.session.noAnswer": "Gatehouse ne répond pas",
  "signIn.session.checkFailed": "Votre session n’a pas pu être vérifiée. Réessayez.",
  "signIn.session.signOutFailed": "Vous n’avez pas pu être déconnecté. Réessayez.",
  "signIn.nav.label": "Paramètres",
  "signIn.nav.developerTools": "Outils de développement",

  "signIn.signedOut.title": "Déconnecté",
  "signIn.signedOut.heading": "Vous êtes déconnecté",
  "signIn.signedOut.text": "Votre session Gatehouse est terminée. Vous pouvez fermer cette page.",
};
