import type { ConsentMessages } from "./en.ts";

/** Español: consent (see ./en.ts). */
export const consentEs: ConsentMessages = {
  "consent.title": "¿Permitir el acceso a {app}?",
  "consent.heading": "{app} quiere acceder a tu cuenta de {portal}",
  "consent.headingNoPortal": "{app} quiere acceder a tu cuenta",
  "consent.signedInAs": "Sesión iniciada como",
  "consent.changeProfile": "Cambiar de perfil",
  "consent.allow": "Permitir",
  "consent.deny": "Denegar",
  "consent.decisionFailed": "No se pudo registrar tu decisión. Inténtalo de nuevo.",
  "consent.signOutFailed": "No se pudo cerrar tu sesión. Inténtalo de nuevo.",
  "consent.chooserFailed": "No se pudo mostrar el selector. Inténtalo de nuevo.",
  "consent.unusableRedirect":
    "Gatehouse respondió con una dirección a la que no puede enviarte. Vuelve a la aplicación.",
  "consent.scopes.all": "Esto permitirá a {app}:",
  "consent.scopes.new": "Permisos nuevos",
  "consent.scopes.granted": "Concedidos anteriormente",
  "consent.scopes.newBadge": "Nuevo",
  "consent.group.profile": "Perfil",
  "consent.group.accounts": "Cuentas",
  "consent.group.files": "Archivos y carpetas",
  "consent.group.rooms": "Salas",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Asegúrate de que confías en {app}. Puede que estés compartiendo información confidencial con esta aplicación. Consulta su <privacy>Política de privacidad</privacy> y sus <terms>Condiciones del servicio</terms>.",
  "consent.revokeLater":
    "Puedes revocar su acceso en cualquier momento en <link>Aplicaciones conectadas</link>.",
  "consent.opensInNewTab": "Se abre en una pestaña nueva",

  "consent.apps.heading": "Aplicaciones conectadas",
  "consent.apps.intro":
    "Las aplicaciones a las que permitiste acceder a tu cuenta en {portal}. Revocar una aplicación cierra su sesión al instante; para volver, tendrá que pedírtelo de nuevo.",
  "consent.apps.introNoPortal":
    "Las aplicaciones a las que permitiste acceder a tu cuenta en este portal. Revocar una aplicación cierra su sesión al instante; para volver, tendrá que pedírtelo de nuevo.",
  "consent.apps.loading": "Cargando aplicaciones…",
  "consent.apps.loadFailed": "No se pudieron cargar tus aplicaciones conectadas.",
  "consent.apps.empty": "No has permitido ninguna aplicación en {portal}.",
  "consent.apps.emptyNoPortal": "No has permitido ninguna aplicación en este portal.",
  "consent.apps.list": "Aplicaciones que permitiste",
  "consent.apps.revoked": "{app} ya no puede acceder a tu cuenta.",
  "consent.apps.allowedOn": "Permitida el {date}",
  "consent.apps.revoke": "Revocar",
  "consent.apps.itCan": "Puede:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "¿Revocar el acceso de {app}?",
  "consent.apps.revokeConfirm": "Revocar acceso",
  "consent.apps.revokeFailed": "No se pudo revocar el acceso de {app}. Inténtalo de nuevo.",
  "consent.apps.revokeText":
    "{app} pierde el acceso a tu cuenta en este portal. Para volver a usarla, tendrás que permitirla de nuevo.",

  "consent.error.heading": "Error",
  "consent.error.code": "Código de error",
  "consent.error.badRequest":
    "La aplicación te envió aquí con una solicitud que Gatehouse no puede aceptar. Cierra esta página y vuelve a la aplicación.",
  "consent.error.crashed": "Algo salió mal en esta página. Vuelve a cargarla para intentarlo de nuevo.",
  "consent.notFound.heading": "Página no encontrada",
  "consent.notFound.text":
    "No hay nada en esta dirección. Comprueba el enlace o vuelve a la aplicación de la que vienes.",
  "consent.home.title": "Inicio",
  "consent.home.intro":
    "Gatehouse inicia tu sesión en las aplicaciones de DocSpace y te deja decidir a qué puede acceder cada una.",
  "consent.home.hint": "Para iniciar sesión, abre la aplicación que quieres usar; te traerá hasta aquí.",

  "consent.homeLink": "Ir a la página de inicio de Gatehouse",
  "consent.appIcon": "Icono de {app}",
  "consent.websiteNewTab": "(se abre en una pestaña nueva)",
  "consent.oneTimeLink.hint": "Funciona una sola vez, hasta el {time}. No se volverá a mostrar.",
};
