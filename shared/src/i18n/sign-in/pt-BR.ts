import type { SignInMessages } from "./en.ts";

/** Português (Brasil): sign-in (see ./en.ts). */
export const signInPtBR: SignInMessages = {
  "signIn.heading": "Entrar",
  "signIn.submit": "Entrar",
  "signIn.submitting": "Entrando…",
  "signIn.forgot": "Esqueceu a senha?",
  "signIn.incorrect": "E-mail ou senha incorretos",
  "signIn.failed": "Algo deu errado ao fazer sua entrada. Tente de novo.",
  "signIn.tooManyLater": "Tentativas de entrada demais. Tente de novo mais tarde.",
  "signIn.tooManyIn":
    "Tentativas de entrada demais. Tente de novo em {unit, select, minute {{amount, plural, one {# minuto} other {# minutos}}} other {{amount, plural, one {# segundo} other {# segundos}}}}.",
  "signIn.again": "Entrar de novo",
  "signIn.forApp": "para continuar em {app}",
  "signIn.forAppAnother": "para continuar em {app} com outra conta",
  "signIn.forSettings": "para gerenciar suas configurações do Gatehouse",
  "signIn.forSettingsAnother": "para gerenciar suas configurações do Gatehouse com outra conta",
  "signIn.signedInHere":
    "Contas conectadas neste navegador: {emails}. Entrar adiciona uma conta; ninguém é desconectado.",
  "signIn.othersStay": "Todas as pessoas conectadas neste navegador continuam conectadas.",
  "signIn.returning": "Voltando ao aplicativo…",

  "signIn.passkey.button": "Entrar com uma chave de acesso",
  "signIn.passkey.refused":
    "Essa chave de acesso não conseguiu fazer você entrar. Tente de novo ou use sua senha.",
  "signIn.passkey.unsupported": "Este navegador não consegue usar chaves de acesso. Entre com sua senha.",
  "signIn.passkey.use": "Usar uma chave de acesso",
  "signIn.passkey.confirm": "Confirme que é você com uma chave de acesso que você adicionou à sua conta.",
  "signIn.passkey.unsupportedHere": "Este navegador não consegue usar chaves de acesso.",
  "signIn.passkey.didNotWork":
    "Essa chave de acesso não funcionou. {codes, select, yes {Tente de novo ou use um código.} other {Tente de novo.}}",
  "signIn.passkey.unusable":
    "Não foi possível usar sua chave de acesso. {codes, select, yes {Tente de novo ou use um código.} other {Tente de novo.}}",

  "signIn.code.label": "Código de autenticação",
  "signIn.code.hint": "O código de 6 dígitos que seu app autenticador mostra agora.",
  "signIn.code.invalid": "Digite o código de 6 dígitos do seu app",
  "signIn.code.enter": "Digite seu código",
  "signIn.code.enterNow": "Digite o código que seu app mostra agora",
  "signIn.code.refused": "Esse código não funcionou",
  "signIn.code.checkFailed": "Não foi possível verificar seu código. Tente de novo.",
  "signIn.code.use": "Usar um código de autenticação",
  "signIn.code.verify": "Verificar",
  "signIn.recovery.label": "Código de recuperação",
  "signIn.recovery.hint":
    "Um dos códigos que você salvou ao configurar a autenticação em dois fatores. Cada um funciona uma vez.",
  "signIn.recovery.invalid": "Digite um dos seus códigos de recuperação",
  "signIn.recovery.check": "Confira o código de recuperação",
  "signIn.recovery.use": "Usar um código de recuperação",
  "signIn.expired": "Sua entrada demorou demais. Entre de novo.",

  "signIn.setup.heading": "Configurar a autenticação em dois fatores",
  "signIn.setup.required":
    "Seu portal exige autenticação em dois fatores de todos. Configure um app autenticador agora: a partir daí, você entra com sua senha e um código do app.",
  "signIn.setup.preparing": "Preparando sua chave…",
  "signIn.setup.prepareFailed": "Não foi possível preparar sua chave.",
  "signIn.setup.openApp":
    "Abra um app autenticador no seu celular, como 2FAS, Aegis, Google Authenticator ou 1Password.",
  "signIn.setup.scan": "Escaneie este código QR com ele.",
  "signIn.setup.qrAlt": "Código QR para seu app autenticador",
  "signIn.setup.qrFailed": "Não foi possível desenhar o código QR: digite a chave abaixo.",
  "signIn.setup.cantScan": "Não consegue escanear? Digite esta chave",
  "signIn.setup.key": "chave",
  "signIn.setup.enterCode": "Digite o código",
  "signIn.setup.checkFailed": "Não foi possível verificar o código. Tente de novo.",
  "signIn.setup.confirm": "Confirmar",

  "signIn.codes.heading": "Salve seus códigos de recuperação",
  "signIn.codes.intro":
    "Guarde estes códigos em um lugar seguro, longe do seu celular. Se você perder seu app autenticador, cada código faz você entrar uma vez. Eles só são mostrados agora.",
  "signIn.codes.list": "Códigos de recuperação",
  "signIn.codes.download": "Baixar",
  "signIn.codes.file":
    "Códigos de recuperação do Gatehouse. Cada um funciona uma vez, no lugar de um código de autenticação.",

  "signIn.portal.heading": "Escolher portal",
  "signIn.portal.signedInAs": "Conectado como <b>{email}</b>",
  "signIn.portal.forAppAs": "para continuar em {app} como <b>{email}</b>",
  "signIn.portal.none":
    "Sua conta ainda não pertence a nenhum portal. Peça a um proprietário de portal que convide você.",
  "signIn.portal.chooseFailed": "Não foi possível escolher {portal}. Tente de novo.",
  "signIn.account.chooseFailed": "Não foi possível escolher {portal} para {email}. Tente de novo.",
  "signIn.account.noPortal": "{app} não pode ser usado em nenhum portal desta conta.",
  "signIn.account.inUse": "Em uso",

  "signIn.session.noAnswer": "O Gatehouse não está respondendo",
  "signIn.session.checkFailed": "Não foi possível verificar sua sessão. Tente de novo.",
  "signIn.session.signOutFailed": "Não foi possível desconectar você. Tente de novo.",
  "signIn.nav.label": "Configurações",
  "signIn.nav.developerTools": "Ferramentas de desenvolvedor",

  "signIn.signedOut.title": "Desconectado",
  "signIn.signedOut.heading": "Você saiu",
  "signIn.signedOut.text": "Sua sessão do Gatehouse terminou. Você pode fechar esta página.",
};
