import type { SignInMessages } from "./en.ts";

/** Español: sign-in (see ./en.ts). */
export const signInEs: SignInMessages = {
  "signIn.heading": "Iniciar sesión",
  "signIn.submit": "Iniciar sesión",
  "signIn.submitting": "Iniciando sesión…",
  "signIn.forgot": "¿Olvidaste tu contraseña?",
  "signIn.incorrect": "Correo electrónico o contraseña incorrectos",
  "signIn.failed": "Algo salió mal al iniciar tu sesión. Inténtalo de nuevo.",
  "signIn.tooManyLater": "Demasiados intentos de inicio de sesión. Inténtalo de nuevo más tarde.",
  "signIn.tooManyIn":
    "Demasiados intentos de inicio de sesión. Inténtalo de nuevo dentro de {unit, select, minute {{amount, plural, one {# minuto} other {# minutos}}} other {{amount, plural, one {# segundo} other {# segundos}}}}.",
  "signIn.again": "Volver a iniciar sesión",
  "signIn.forApp": "para continuar a {app}",
  "signIn.forAppAnother": "para continuar a {app} con otra cuenta",
  "signIn.forSettings": "para gestionar tu configuración de Gatehouse",
  "signIn.forSettingsAnother": "para gestionar tu configuración de Gatehouse con otra cuenta",
  "signIn.signedInHere":
    "Sesiones iniciadas en este navegador: {emails}. Iniciar sesión añade una cuenta; no se cierra la sesión de nadie.",
  "signIn.othersStay": "Todas las personas con sesión iniciada en este navegador la mantienen.",
  "signIn.returning": "Volviendo a la aplicación…",

  "signIn.passkey.button": "Iniciar sesión con una llave de acceso",
  "signIn.passkey.refused":
    "Esa llave de acceso no pudo iniciar tu sesión. Inténtalo de nuevo o usa tu contraseña.",
  "signIn.passkey.unsupported":
    "Este navegador no puede usar llaves de acceso. Inicia sesión con tu contraseña.",
  "signIn.passkey.use": "Usar una llave de acceso",
  "signIn.passkey.confirm": "Confirma que eres tú con una llave de acceso que añadiste a tu cuenta.",
  "signIn.passkey.unsupportedHere": "Este navegador no puede usar llaves de acceso.",
  "signIn.passkey.didNotWork":
    "Esa llave de acceso no funcionó. {codes, select, yes {Inténtalo de nuevo o usa un código.} other {Inténtalo de nuevo.}}",
  "signIn.passkey.unusable":
    "No se pudo usar tu llave de acceso. {codes, select, yes {Inténtalo de nuevo o usa un código.} other {Inténtalo de nuevo.}}",

  "signIn.code.label": "Código de autenticación",
  "signIn.code.hint": "El código de 6 dígitos que muestra ahora tu app de autenticación.",
  "signIn.code.invalid": "Introduce el código de 6 dígitos de tu app",
  "signIn.code.enter": "Introduce tu código",
  "signIn.code.enterNow": "Introduce el código que muestra ahora tu app",
  "signIn.code.refused": "Ese código no funcionó",
  "signIn.code.checkFailed": "No se pudo comprobar tu código. Inténtalo de nuevo.",
  "signIn.code.use": "Usar un código de autenticación",
  "signIn.code.verify": "Verificar",
  "signIn.recovery.label": "Código de recuperación",
  "signIn.recovery.hint":
    "Uno de los códigos que guardaste al configurar la autenticación en dos pasos. Cada uno funciona una vez.",
  "signIn.recovery.invalid": "Introduce uno de tus códigos de recuperación",
  "signIn.recovery.check": "Revisa el código de recuperación",
  "signIn.recovery.use": "Usar un código de recuperación",
  "signIn.expired": "Tu inicio de sesión tardó demasiado. Vuelve a iniciar sesión.",

  "signIn.setup.heading": "Configurar la autenticación en dos pasos",
  "signIn.setup.required":
    "Tu portal exige la autenticación en dos pasos a todo el mundo. Configura ahora una app de autenticación: a partir de entonces inicias sesión con tu contraseña y un código de la app.",
  "signIn.setup.preparing": "Preparando tu clave…",
  "signIn.setup.prepareFailed": "No se pudo preparar tu clave.",
  "signIn.setup.openApp":
    "Abre una app de autenticación en tu teléfono, como 2FAS, Aegis, Google Authenticator o 1Password.",
  "signIn.setup.scan": "Escanea este código QR con ella.",
  "signIn.setup.qrAlt": "Código QR para tu app de autenticación",
  "signIn.setup.qrFailed": "No se pudo dibujar el código QR: introduce la clave de abajo.",
  "signIn.setup.cantScan": "¿No puedes escanearlo? Introduce esta clave",
  "signIn.setup.key": "clave",
  "signIn.setup.enterCode": "Introduce el código",
  "signIn.setup.checkFailed": "No se pudo comprobar el código. Inténtalo de nuevo.",
  "signIn.setup.confirm": "Confirmar",

  "signIn.codes.heading": "Guarda tus códigos de recuperación",
  "signIn.codes.intro":
    "Guarda estos códigos en un lugar seguro, lejos de tu teléfono. Si pierdes tu app de autenticación, cada código inicia tu sesión una vez. Solo se muestran ahora.",
  "signIn.codes.list": "Códigos de recuperación",
  "signIn.codes.download": "Descargar",
  "signIn.codes.file":
    "Códigos de recuperación de Gatehouse. Cada uno funciona una vez, en lugar de un código de autenticación.",

  "signIn.portal.heading": "Elegir portal",
  "signIn.portal.signedInAs": "Sesión iniciada como <b>{email}</b>",
  "signIn.portal.forAppAs": "para continuar a {app} como <b>{email}</b>",
  "signIn.portal.none":
    "Tu cuenta todavía no pertenece a ningún portal. Pide a un propietario de portal que te invite.",
  "signIn.portal.chooseFailed": "No se pudo elegir {portal}. Inténtalo de nuevo.",
  "signIn.account.chooseFailed": "No se pudo elegir {portal} para {email}. Inténtalo de nuevo.",
  "signIn.account.noPortal": "{app} no se puede usar en ningún portal de esta cuenta.",
  "signIn.account.inUse": "En uso",

  "signIn.session.noAnswer": "Gatehouse no responde",
  "signIn.session.checkFailed": "No se pudo comprobar tu sesión. Inténtalo de nuevo.",
  "signIn.session.signOutFailed": "No se pudo cerrar tu sesión. Inténtalo de nuevo.",
  "signIn.nav.label": "Configuración",
  "signIn.nav.developerTools": "Herramientas para desarrolladores",

  "signIn.signedOut.title": "Sesión cerrada",
  "signIn.signedOut.heading": "Has cerrado sesión",
  "signIn.signedOut.text": "Tu sesión de Gatehouse ha terminado. Puedes cerrar esta página.",
};
