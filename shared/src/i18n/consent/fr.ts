import type { ConsentMessages } from "./en.ts";

/** Français: consent (see ./en.ts). */
export const consentFr: ConsentMessages = {
  "consent.title": "Autoriser {app} ?",
  "consent.heading": "{app} souhaite accéder à votre compte {portal}",
  "consent.headingNoPortal": "{app} souhaite accéder à votre compte",
  "consent.signedInAs": "Connecté en tant que",
  "consent.changeProfile": "Changer de profil",
  "consent.allow": "Autoriser",
  "consent.deny": "Refuser",
  "consent.decisionFailed": "Votre décision n’a pas pu être enregistrée. Réessayez.",
  "consent.signOutFailed": "Vous n’avez pas pu être déconnecté. Réessayez.",
  "consent.chooserFailed": "Le sélecteur n’a pas pu s’afficher. Réessayez.",
  "consent.unusableRedirect":
    "Gatehouse a répondu avec une adresse vers laquelle il ne peut pas vous envoyer. Revenez à l’application.",
  "consent.scopes.all": "{app} pourra :",
  "consent.scopes.new": "Nouvelles autorisations",
  "consent.scopes.granted": "Déjà accordées",
  "consent.scopes.newBadge": "Nouveau",
  "consent.group.profile": "Profil",
  "consent.group.accounts": "Comptes",
  "consent.group.files": "Fichiers et dossiers",
  "consent.group.rooms": "Salles",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Assurez-vous de faire confiance à {app}. Vous partagez peut-être des informations sensibles avec cette application. Consultez sa <privacy>Politique de confidentialité</privacy> et ses <terms>Conditions d’utilisation</terms>.",
  "consent.revokeLater":
    "Vous pouvez révoquer son accès à tout moment dans <link>Applications connectées</link>.",
  "consent.opensInNewTab": "S’ouvre dans un nouvel onglet",

  "consent.apps.heading": "Applications connectées",
  "consent.apps.intro":
    "Les applications que vous avez autorisées à accéder à votre compte sur {portal}. Révoquer une application la déconnecte aussitôt ; pour revenir, elle doit vous le demander à nouveau.",
  "consent.apps.introNoPortal":
    "Les applications que vous avez autorisées à accéder à votre compte sur ce portail. Révoquer une application la déconnecte aussitôt ; pour revenir, elle doit vous le demander à nouveau.",
  "consent.apps.loading": "Chargement des applications…",
  "consent.apps.loadFailed": "Vos applications connectées n’ont pas pu être chargées.",
  "consent.apps.empty": "Vous n’avez autorisé aucune application sur {portal}.",
  "consent.apps.emptyNoPortal": "Vous n’avez autorisé aucune application sur ce portail.",
  "consent.apps.list": "Applications que vous avez autorisées",
  "consent.apps.revoked": "{app} ne peut plus accéder à votre compte.",
  "consent.apps.allowedOn": "Autorisée le {date}",
  "consent.apps.revoke": "Révoquer",
  "consent.apps.itCan": "Elle peut :",
  "consent.apps.scopeGroup": "{group} :",
  "consent.apps.revokeTitle": "Révoquer l’accès de {app} ?",
  "consent.apps.revokeConfirm": "Révoquer l’accès",
  "consent.apps.revokeFailed": "L’accès de {app} n’a pas pu être révoqué. Réessayez.",
  "consent.apps.revokeText":
    "{app} perd son accès à votre compte sur ce portail. Pour l’utiliser de nouveau, vous devrez l’autoriser à nouveau.",

  "consent.error.heading": "Erreur",
  "consent.error.code": "Code d’erreur",
  "consent.error.badRequest":
    "L’application vous a envoyé ici avec une requête que Gatehouse ne peut pas accepter. Fermez cette page et revenez à l’application.",
  "consent.error.crashed": "Un problème est survenu sur cette page. Rechargez-la pour réessayer.",
  "consent.notFound.heading": "Page introuvable",
  "consent.notFound.text":
    "Il n’y a rien à cette adresse. Vérifiez le lien ou revenez à l’application d’où vous venez.",
  "consent.home.title": "Accueil",
  "consent.home.intro":
    "Gatehouse vous connecte aux applications DocSpace et vous laisse décider de ce à quoi chacune peut accéder.",
  "consent.home.hint":
    "Pour vous connecter, ouvrez l’application que vous souhaitez utiliser ; elle vous amènera ici.",

  "consent.homeLink": "Aller à la page d’accueil de Gatehouse",
  "consent.appIcon": "Icône de {app}",
  "consent.websiteNewTab": "(s’ouvre dans un nouvel onglet)",
  "consent.oneTimeLink.hint": "Ce lien ne fonctionne qu’une fois, jusqu’au {time}. Il ne sera plus affiché.",
};
