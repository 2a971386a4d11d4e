import type { AppsMessages } from "./en.ts";

/** Français: apps (see ./en.ts). */
export const appsFr: AppsMessages = {
  "apps.eyebrow": "Outils de développement",
  "apps.eyebrowForm": "Outils de développement · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Outils de développement",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Enregistrez les applications qui connectent les personnes avec Gatehouse et utilisent l’API DocSpace en leur nom. Les applications enregistrées ici appartiennent à {portal}. Désactiver ou supprimer une application met fin à toutes les autorisations que les personnes lui ont accordées.",
  "apps.list.introNoPortal":
    "Enregistrez les applications qui connectent les personnes avec Gatehouse et utilisent l’API DocSpace en leur nom. Les applications enregistrées ici appartiennent à ce portail. Désactiver ou supprimer une application met fin à toutes les autorisations que les personnes lui ont accordées.",
  "apps.list.loading": "Chargement des applications…",
  "apps.list.loadFailed": "Les applications n’ont pas pu être chargées.",
  "apps.list.forbidden":
    "Seuls les propriétaires et les administrateurs de {portal} peuvent gérer les applications.",
  "apps.list.forbiddenNoPortal":
    "Seuls les propriétaires et les administrateurs de ce portail peuvent gérer les applications.",
  "apps.list.registered": "Applications enregistrées",
  "apps.list.empty":
    "Aucune application n’est encore enregistrée sur {portal}. Enregistrez-en une pour qu’elle puisse connecter des personnes avec Gatehouse.",
  "apps.list.emptyNoPortal":
    "Aucune application n’est encore enregistrée sur ce portail. Enregistrez-en une pour qu’elle puisse connecter des personnes avec Gatehouse.",
  "apps.list.deleted": "{app} a été supprimée.",
  "apps.list.saved": "{app} a été enregistrée.",

  "apps.row.public": "Client public (PKCE)",
  "apps.row.confidential": "Client confidentiel",
  "apps.row.disabled": "Désactivée",
  "apps.row.enabled": "Activée",
  "apps.row.edit": "Modifier",
  "apps.row.regenerate": "Régénérer le secret",
  "apps.row.delete": "Supprimer",
  "apps.row.disableFailed": "{app} n’a pas pu être désactivée.",
  "apps.row.enableFailed": "{app} n’a pas pu être activée.",

  "apps.credentials.clientId": "ID client",
  "apps.credentials.clientIdCopy": "l’ID client",
  "apps.credentials.clientSecret": "Secret client",
  "apps.credentials.shownOnce":
    "Ce secret ne sera plus affiché. Copiez-le maintenant et conservez-le en lieu sûr.",
  "apps.credentials.label": "Identifiants",
  "apps.regenerate.title": "Régénérer le secret de {app} ?",
  "apps.regenerate.confirm": "Créer un nouveau secret",
  "apps.regenerate.text":
    "Le secret actuel cesse aussitôt de fonctionner : {app} ne peut plus échanger de codes ni renouveler de jetons tant qu’elle n’a pas reçu le nouveau.",
  "apps.regenerate.newSecret": "Nouveau secret client pour {app}",
  "apps.delete.title": "Supprimer {app} ?",
  "apps.delete.confirm": "Supprimer l’application",
  "apps.delete.text":
    "Toutes les personnes qui ont autorisé {app} perdent cette autorisation : ses jetons cessent aussitôt de fonctionner. Cette action est irréversible.",

  "apps.register.heading": "Enregistrer une nouvelle application",
  "apps.register.intro":
    "L’application pourra connecter les personnes de {portal} dès qu’elles l’auront autorisée.",
  "apps.register.introNoPortal":
    "L’application pourra connecter les personnes de ce portail dès qu’elles l’auront autorisée.",
  "apps.registered.pageTitle": "Application enregistrée",
  "apps.registered.heading": "{app} est enregistrée",
  "apps.registered.public":
    "{app} est un client public : elle n’a pas de secret client. Elle prouve chaque connexion avec PKCE à la place.",
  "apps.edit.heading": "Modifier {app}",
  "apps.edit.headingLoading": "Modifier l’application",
  "apps.edit.notFound": "Cette application n’existe pas sur {portal}.",
  "apps.edit.notFoundNoPortal": "Cette application n’existe pas sur ce portail.",
  "apps.edit.loadFailed": "L’application n’a pas pu être chargée.",
  "apps.edit.back": "Retour aux applications",

  "apps.form.save": "Enregistrer",
  "apps.form.sessionEnded": "Votre session a expiré. Rechargez la page et reconnectez-vous.",
  "apps.form.saveFailed": "L’application n’a pas pu être enregistrée. Réessayez.",
  "apps.form.basic": "Informations générales",
  "apps.form.name": "Nom de l’application",
  "apps.form.nameHint": "De 3 à 256 caractères, affiché aux personnes sur la page de consentement.",
  "apps.form.websiteUrl": "URL du site web",
  "apps.form.description": "Description",
  "apps.form.descriptionHint": "Facultatif, 255 caractères au plus ({count} utilisés).",
  "apps.form.signIn": "Connexion",
  "apps.form.redirectUris": "URL de redirection",
  "apps.form.redirectUrisHint":
    "Où Gatehouse renvoie les personnes après leur décision, comparées à l’identique. https, ou http pour localhost et 127.0.0.1.",
  "apps.form.redirectUrisAdded": "URL de redirection ajoutées",
  "apps.form.allowedOrigins": "Origines autorisées",
  "apps.form.allowedOriginsHint":
    "Les origines web (scheme://host[:port]) dont les pages peuvent appeler le point de terminaison de jeton et l’API.",
  "apps.form.allowedOriginsAdded": "Origines autorisées ajoutées",
  "apps.form.add": "Ajouter",
  "apps.form.removeEntry": "Supprimer {entry}",
  "apps.form.allowPkce": "Autoriser un client public (PKCE)",
  "apps.form.allowPkceHint":
    "Pour les applications monopages et mobiles qui ne peuvent pas garder de secret : l’application n’a pas de secret client et doit utiliser PKCE.",
  "apps.form.portals": "Portails",
  "apps.form.otherPortals": "Disponible pour d’autres portails",
  "apps.form.otherPortalsHint":
    "Décochée, l’application ne peut être utilisée que sur ce portail : les personnes sans compte ici sont refusées. La rendre de nouveau privée met fin à ses autorisations sur les autres portails.",
  "apps.form.legal": "Mentions légales",
  "apps.form.policyUrl": "URL de la politique de confidentialité",
  "apps.form.termsUrl": "URL des conditions d’utilisation",

  "apps.icon.label": "Icône de l’application",
  "apps.icon.choose": "Choisir une icône",
  "apps.icon.none": "Aucune icône choisie",
  "apps.icon.noneNew": "Aucune nouvelle icône choisie",
  "apps.icon.preview": "Aperçu de l’icône de l’application",
  "apps.icon.hint": "Une image JPG, PNG ou SVG d’exactement 32×32 pixels, 256 Ko au plus.",
  "apps.icon.hintKeep":
    "Une image JPG, PNG ou SVG d’exactement 32×32 pixels, 256 Ko au plus. Laissez vide pour conserver l’icône actuelle.",
  "apps.icon.unreadable": "Le fichier n’a pas pu être lu. Choisissez-en un autre.",

  "apps.scopes.heading": "Accès",
  "apps.scopes.legend": "Portées d’accès",
  "apps.scopes.hint": "Ce que l’application peut demander aux personnes. Écriture inclut Lecture.",
  "apps.scopes.scope": "Portée",
  "apps.scopes.read": "Lecture",
  "apps.scopes.write": "Écriture",
  "apps.scopes.readLine": "Lecture : {description}",
  "apps.scopes.writeLine": "Écriture : {description}",
  "apps.scopes.openidRow": "{group} : <code>{scope}</code>",
  "apps.alg.label": "Algorithme de signature du jeton d’identité",
  "apps.alg.hint": "Gardez RS256, sauf si la bibliothèque OpenID de l’application est configurée pour ES256.",
  "apps.alg.RS256": "RS256 (RSA, la valeur par défaut d’OpenID)",
  "apps.alg.ES256": "ES256 (courbe elliptique P-256)",

  "apps.error.check": "Vérifiez ce champ",
  "apps.error.nameLength": "Le nom de l’application doit compter de 3 à 256 caractères",
  "apps.error.websiteUrlTooLong": "L’URL du site web est trop longue",
  "apps.error.websiteUrlInvalid": "L’URL du site web doit être une URL http(s) absolue",
  "apps.error.policyUrlTooLong": "L’URL de la politique de confidentialité est trop longue",
  "apps.error.policyUrlInvalid": "L’URL de la politique de confidentialité doit être une URL http(s) absolue",
  "apps.error.termsUrlTooLong": "L’URL des conditions d’utilisation est trop longue",
  "apps.error.termsUrlInvalid": "L’URL des conditions d’utilisation doit être une URL http(s) absolue",
  "apps.error.logoMissing": "Choisissez une icône pour l’application",
  "apps.error.logoTooLarge": "L’icône de l’application doit faire 256 Ko au plus",
  "apps.error.logoNotAnImage": "L’icône de l’application doit être une image JPG, PNG ou SVG",
  "apps.error.logoSize":
    "L’icône de l’application doit faire exactement 32×32 pixels (celle-ci fait {width}×{height})",
  "apps.error.descriptionTooLong": "La description doit compter 255 caractères au plus",
  "apps.error.scopesMissing": "Choisissez au moins une portée d’accès",
  "apps.error.redirectMissing": "Saisissez une URL de redirection",
  "apps.error.redirectTooLong": "L’URL de redirection est trop longue",
  "apps.error.redirectNotAbsolute": "L’URL de redirection doit être une URL absolue",
  "apps.error.redirectFragment": "L’URL de redirection ne doit pas comporter de fragment",
  "apps.error.redirectCredentials":
    "L’URL de redirection ne doit contenir ni nom d’utilisateur ni mot de passe",
  "apps.error.redirectHttps":
    "L’URL de redirection doit utiliser https (http seulement pour localhost ou 127.0.0.1)",
  "apps.error.redirectCheck": "Vérifiez cette URL de redirection",
  "apps.error.redirectNone": "Ajoutez au moins une URL de redirection",
  "apps.error.redirectTooMany":
    "Ajoutez au plus {max, plural, one {# URL de redirection} other {# URL de redirection}}",
  "apps.error.redirectTwice": "Cette URL de redirection est déjà ajoutée",
  "apps.error.redirectRepeated": "Chaque URL de redirection ne peut être ajoutée qu’une fois",
  "apps.error.originMissing": "Saisissez une origine",
  "apps.error.originInvalid":
    "Une origine autorisée doit être de la forme scheme://host[:port], sans chemin ni barre oblique finale",
  "apps.error.originCheck": "Vérifiez cette origine autorisée",
  "apps.error.originNone": "Ajoutez au moins une origine autorisée",
  "apps.error.originTooMany":
    "Ajoutez au plus {max, plural, one {# origine autorisée} other {# origines autorisées}}",
  "apps.error.originTwice": "Cette origine autorisée est déjà ajoutée",
  "apps.error.originRepeated": "Chaque origine autorisée ne peut être ajoutée qu’une fois",
};
