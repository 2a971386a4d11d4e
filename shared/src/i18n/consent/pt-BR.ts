import type { ConsentMessages } from "./en.ts";

/** Português (Brasil): consent (see ./en.ts). */
export const consentPtBR: ConsentMessages = {
  "consent.title": "Permitir {app}?",
  "consent.heading": "{app} quer acessar sua conta em {portal}",
  "consent.headingNoPortal": "{app} quer acessar sua conta",
  "consent.signedInAs": "Conectado como",
  "consent.changeProfile": "Trocar de perfil",
  "consent.allow": "Permitir",
  "consent.deny": "Negar",
  "consent.decisionFailed": "Não foi possível registrar sua decisão. Tente de novo.",
  "consent.signOutFailed": "Não foi possível sair. Tente de novo.",
  "consent.chooserFailed": "Não foi possível mostrar o seletor. Tente de novo.",
  "consent.unusableRedirect":
    "O Gatehouse respondeu com um endereço para o qual não pode enviar você. Volte ao aplicativo.",
  "consent.scopes.all": "{app} poderá:",
  "consent.scopes.new": "Novas permissões",
  "consent.scopes.granted": "Concedidas anteriormente",
  "consent.scopes.newBadge": "Novo",
  "consent.group.profile": "Perfil",
  "consent.group.accounts": "Contas",
  "consent.group.files": "Arquivos e pastas",
  "consent.group.rooms": "Salas",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Certifique-se de que você confia em {app}. Você pode estar compartilhando informações sensíveis com este aplicativo. Leia a <privacy>Política de privacidade</privacy> e os <terms>Termos de serviço</terms> dele.",
  "consent.revokeLater":
    "Você pode revogar o acesso dele a qualquer momento em <link>Aplicativos conectados</link>.",
  "consent.opensInNewTab": "Abre em uma nova aba",

  "consent.apps.heading": "Aplicativos conectados",
  "consent.apps.intro":
    "Os aplicativos que você permitiu acessar sua conta em {portal}. Revogar um aplicativo o desconecta na hora; para voltar, ele precisa pedir a você de novo.",
  "consent.apps.introNoPortal":
    "Os aplicativos que você permitiu acessar sua conta neste portal. Revogar um aplicativo o desconecta na hora; para voltar, ele precisa pedir a você de novo.",
  "consent.apps.loading": "Carregando aplicativos…",
  "consent.apps.loadFailed": "Não foi possível carregar seus aplicativos conectados.",
  "consent.apps.empty": "Você não permitiu nenhum aplicativo em {portal}.",
  "consent.apps.emptyNoPortal": "Você não permitiu nenhum aplicativo neste portal.",
  "consent.apps.list": "Aplicativos que você permitiu",
  "consent.apps.revoked": "{app} não pode mais acessar sua conta.",
  "consent.apps.allowedOn": "Permitido em {date}",
  "consent.apps.revoke": "Revogar",
  "consent.apps.itCan": "Ele pode:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "Revogar o acesso de {app}?",
  "consent.apps.revokeConfirm": "Revogar acesso",
  "consent.apps.revokeFailed": "Não foi possível revogar o acesso de {app}. Tente de novo.",
  "consent.apps.revokeText":
    "{app} perde o acesso à sua conta neste portal. Para usá-lo de novo, você terá que permiti-lo novamente.",

  "consent.error.heading": "Erro",
  "consent.error.code": "Código do erro",
  "consent.error.badRequest":
    "O aplicativo enviou você para cá com uma solicitação que o Gatehouse não pode aceitar. Feche esta página e volte ao aplicativo.",
  "consent.error.crashed": "Algo deu errado nesta página. Recarregue-a para tentar de novo.",
  "consent.notFound.heading": "Página não encontrada",
  "consent.notFound.text":
    "Não há nada neste endereço. Confira o link ou volte ao aplicativo de onde você veio.",
  "consent.home.title": "Início",
  "consent.home.intro":
    "O Gatehouse faz você entrar nos aplicativos do DocSpace e deixa você decidir o que cada aplicativo pode acessar.",
  "consent.home.hint": "Para entrar, abra o aplicativo que você quer usar; ele vai trazer você até aqui.",

  "consent.homeLink": "Ir para a página inicial do Gatehouse",
  "consent.appIcon": "Ícone de {app}",
  "consent.websiteNewTab": "(abre em uma nova aba)",
  "consent.oneTimeLink.hint": "Funciona uma única vez, até {time}. Não será mostrado novamente.",
};
