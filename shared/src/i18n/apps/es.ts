import type { AppsMessages } from "./en.ts";

/** Español: apps (see ./en.ts). */
export const appsEs: AppsMessages = {
  "apps.eyebrow": "Herramientas para desarrolladores",
  "apps.eyebrowForm": "Herramientas para desarrolladores · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Herramientas para desarrolladores",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Registra las aplicaciones que inician la sesión de las personas con Gatehouse y usan la API de DocSpace en su nombre. Las aplicaciones registradas aquí pertenecen a {portal}. Desactivar o eliminar una aplicación pone fin a todos los permisos que las personas le concedieron.",
  "apps.list.introNoPortal":
    "Registra las aplicaciones que inician la sesión de las personas con Gatehouse y usan la API de DocSpace en su nombre. Las aplicaciones registradas aquí pertenecen a este portal. Desactivar o eliminar una aplicación pone fin a todos los permisos que las personas le concedieron.",
  "apps.list.loading": "Cargando aplicaciones…",
  "apps.list.loadFailed": "No se pudieron cargar las aplicaciones.",
  "apps.list.forbidden": "Solo los propietarios y administradores de {portal} pueden gestionar aplicaciones.",
  "apps.list.forbiddenNoPortal":
    "Solo los propietarios y administradores de este portal pueden gestionar aplicaciones.",
  "apps.list.registered": "Aplicaciones registradas",
  "apps.list.empty":
    "Aún no hay aplicaciones registradas en {portal}. Registra una para que pueda iniciar la sesión de las personas con Gatehouse.",
  "apps.list.emptyNoPortal":
    "Aún no hay aplicaciones registradas en este portal. Registra una para que pueda iniciar la sesión de las personas con Gatehouse.",
  "apps.list.deleted": "Se eliminó {app}.",
  "apps.list.saved": "Se guardó {app}.",

  "apps.row.public": "Cliente público (PKCE)",
  "apps.row.confidential": "Cliente confidencial",
  "apps.row.disabled": "Desactivada",
  "apps.row.enabled": "Activada",
  "apps.row.edit": "Editar",
  "apps.row.regenerate": "Regenerar secreto",
  "apps.row.delete": "Eliminar",
  "apps.row.disableFailed": "No se pudo desactivar {app}.",
  "apps.row.enableFailed": "No se pudo activar {app}.",

  "apps.credentials.clientId": "ID de cliente",
  "apps.credentials.clientIdCopy": "ID de cliente",
  "apps.credentials.clientSecret": "Secreto de cliente",
  "apps.credentials.shownOnce":
    "Este secreto no se volverá a mostrar. Cópialo ahora y guárdalo en un lugar seguro.",
  "apps.credentials.label": "Credenciales",
  "apps.regenerate.title": "¿Regenerar el secreto de {app}?",
  "apps.regenerate.confirm": "Crear un secreto nuevo",
  "apps.regenerate.text":
    "El secreto actual deja de funcionar de inmediato: {app} no podrá canjear códigos ni renovar tokens hasta que reciba el nuevo.",
  "apps.regenerate.newSecret": "Nuevo secreto de cliente para {app}",
  "apps.delete.title": "¿Eliminar {app}?",
  "apps.delete.confirm": "Eliminar aplicación",
  "apps.delete.text":
    "Todas las personas que permitieron {app} pierden ese permiso: sus tokens dejan de funcionar de inmediato. Esta acción no se puede deshacer.",

  "apps.register.heading": "Registrar una nueva aplicación",
  "apps.register.intro":
    "La aplicación podrá iniciar la sesión de las personas de {portal} en cuanto ellas lo permitan.",
  "apps.register.introNoPortal":
    "La aplicación podrá iniciar la sesión de las personas de este portal en cuanto ellas lo permitan.",
  "apps.registered.pageTitle": "Aplicación registrada",
  "apps.registered.heading": "{app} está registrada",
  "apps.registered.public":
    "{app} es un cliente público: no tiene secreto de cliente. En su lugar, demuestra cada inicio de sesión con PKCE.",
  "apps.edit.heading": "Editar {app}",
  "apps.edit.headingLoading": "Editar aplicación",
  "apps.edit.notFound": "No existe esa aplicación en {portal}.",
  "apps.edit.notFoundNoPortal": "No existe esa aplicación en este portal.",
  "apps.edit.loadFailed": "No se pudo cargar la aplicación.",
  "apps.edit.back": "Volver a las aplicaciones",

  "apps.form.save": "Guardar",
  "apps.form.sessionEnded": "Tu sesión ha terminado. Vuelve a cargar la página e inicia sesión de nuevo.",
  "apps.form.saveFailed": "No se pudo guardar la aplicación. Inténtalo de nuevo.",
  "apps.form.basic": "Información básica",
  "apps.form.name": "Nombre de la aplicación",
  "apps.form.nameHint": "De 3 a 256 caracteres; se muestra a las personas en la página de consentimiento.",
  "apps.form.websiteUrl": "URL del sitio web",
  "apps.form.description": "Descripción",
  "apps.form.descriptionHint": "Opcional, 255 caracteres como máximo ({count} usados).",
  "apps.form.signIn": "Inicio de sesión",
  "apps.form.redirectUris": "URL de redirección",
  "apps.form.redirectUrisHint":
    "Adónde devuelve Gatehouse a las personas después de que decidan; se comparan de forma exacta. https, o http para localhost y 127.0.0.1.",
  "apps.form.redirectUrisAdded": "URL de redirección añadidas",
  "apps.form.allowedOrigins": "Orígenes permitidos",
  "apps.form.allowedOriginsHint":
    "Los orígenes web (scheme://host[:port]) cuyas páginas pueden llamar al endpoint de tokens y a la API.",
  "apps.form.allowedOriginsAdded": "Orígenes permitidos añadidos",
  "apps.form.add": "Añadir",
  "apps.form.removeEntry": "Quitar {entry}",
  "apps.form.allowPkce": "Permitir cliente público (PKCE)",
  "apps.form.allowPkceHint":
    "Para aplicaciones de una sola página y móviles que no pueden guardar un secreto: la aplicación no recibe secreto de cliente y debe usar PKCE.",
  "apps.form.portals": "Portales",
  "apps.form.otherPortals": "Disponible para otros portales",
  "apps.form.otherPortalsHint":
    "Sin marcar, la aplicación solo se puede usar en este portal: se rechaza a las personas que no tienen cuenta aquí. Volver a hacerla privada pone fin a sus permisos en otros portales.",
  "apps.form.legal": "Información legal",
  "apps.form.policyUrl": "URL de la política de privacidad",
  "apps.form.termsUrl": "URL de las condiciones del servicio",

  "apps.icon.label": "Icono de la aplicación",
  "apps.icon.choose": "Elegir icono",
  "apps.icon.none": "No se ha elegido ningún icono",
  "apps.icon.noneNew": "No se ha elegido ningún icono nuevo",
  "apps.icon.preview": "Vista previa del icono de la aplicación",
  "apps.icon.hint": "Una imagen JPG, PNG o SVG de exactamente 32×32 píxeles, de 256 KB como máximo.",
  "apps.icon.hintKeep":
    "Una imagen JPG, PNG o SVG de exactamente 32×32 píxeles, de 256 KB como máximo. Déjalo vacío para conservar el icono actual.",
  "apps.icon.unreadable": "No se pudo leer el archivo. Elige otro.",

  "apps.scopes.heading": "Acceso",
  "apps.scopes.legend": "Ámbitos de acceso",
  "apps.scopes.hint": "Lo que la aplicación puede pedir a las personas. Escritura incluye Lectura.",
  "apps.scopes.scope": "Ámbito",
  "apps.scopes.read": "Lectura",
  "apps.scopes.write": "Escritura",
  "apps.scopes.readLine": "Lectura: {description}",
  "apps.scopes.writeLine": "Escritura: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "Algoritmo de firma del token de ID",
  "apps.alg.hint":
    "Mantén RS256, salvo que la biblioteca OpenID de la aplicación esté configurada para ES256.",
  "apps.alg.RS256": "RS256 (RSA, el predeterminado de OpenID)",
  "apps.alg.ES256": "ES256 (curva elíptica P-256)",

  "apps.error.check": "Revisa este campo",
  "apps.error.nameLength": "El nombre de la aplicación debe tener de 3 a 256 caracteres",
  "apps.error.websiteUrlTooLong": "La URL del sitio web es demasiado larga",
  "apps.error.websiteUrlInvalid": "La URL del sitio web debe ser una URL http(s) absoluta",
  "apps.error.policyUrlTooLong": "La URL de la política de privacidad es demasiado larga",
  "apps.error.policyUrlInvalid": "La URL de la política de privacidad debe ser una URL http(s) absoluta",
  "apps.error.termsUrlTooLong": "La URL de las condiciones del servicio es demasiado larga",
  "apps.error.termsUrlInvalid": "La URL de las condiciones del servicio debe ser una URL http(s) absoluta",
  "apps.error.logoMissing": "Elige un icono para la aplicación",
  "apps.error.logoTooLarge": "El icono de la aplicación debe ocupar 256 KB como máximo",
  "apps.error.logoNotAnImage": "El icono de la aplicación debe ser una imagen JPG, PNG o SVG",
  "apps.error.logoSize":
    "El icono de la aplicación debe medir exactamente 32×32 píxeles (este mide {width}×{height})",
  "apps.error.descriptionTooLong": "La descripción debe tener 255 caracteres como máximo",
  "apps.error.scopesMissing": "Elige al menos un ámbito de acceso",
  "apps.error.redirectMissing": "Escribe una URL de redirección",
  "apps.error.redirectTooLong": "La URL de redirección es demasiado larga",
  "apps.error.redirectNotAbsolute": "La URL de redirección debe ser una URL absoluta",
  "apps.error.redirectFragment": "La URL de redirección no debe tener fragmento",
  "apps.error.redirectCredentials": "La URL de redirección no debe llevar nombre de usuario ni contraseña",
  "apps.error.redirectHttps": "La URL de redirección debe usar https (http solo para localhost o 127.0.0.1)",
  "apps.error.redirectCheck": "Revisa esta URL de redirección",
  "apps.error.redirectNone": "Añade al menos una URL de redirección",
  "apps.error.redirectTooMany":
    "Añade como máximo {max, plural, one {# URL de redirección} other {# URL de redirección}}",
  "apps.error.redirectTwice": "Esta URL de redirección ya está añadida",
  "apps.error.redirectRepeated": "Cada URL de redirección solo se puede añadir una vez",
  "apps.error.originMissing": "Escribe un origen",
  "apps.error.originInvalid":
    "Un origen permitido debe tener la forma scheme://host[:port], sin ruta ni barra final",
  "apps.error.originCheck": "Revisa este origen permitido",
  "apps.error.originNone": "Añade al menos un origen permitido",
  "apps.error.originTooMany":
    "Añade como máximo {max, plural, one {# origen permitido} other {# orígenes permitidos}}",
  "apps.error.originTwice": "Este origen permitido ya está añadido",
  "apps.error.originRepeated": "Cada origen permitido solo se puede añadir una vez",
};
