import type { AppsMessages } from "./en.ts";

/** Português (Brasil): apps (see ./en.ts). */
export const appsPtBR: AppsMessages = {
  "apps.eyebrow": "Ferramentas de desenvolvedor",
  "apps.eyebrowForm": "Ferramentas de desenvolvedor · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Ferramentas de desenvolvedor",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Registre os aplicativos que fazem as pessoas entrarem com o Gatehouse e usam a API do DocSpace em nome delas. Os aplicativos registrados aqui pertencem a {portal}. Desativar ou excluir um aplicativo encerra todas as permissões que as pessoas deram a ele.",
  "apps.list.introNoPortal":
    "Registre os aplicativos que fazem as pessoas entrarem com o Gatehouse e usam a API do DocSpace em nome delas. Os aplicativos registrados aqui pertencem a este portal. Desativar ou excluir um aplicativo encerra todas as permissões que as pessoas deram a ele.",
  "apps.list.loading": "Carregando aplicativos…",
  "apps.list.loadFailed": "Não foi possível carregar os aplicativos.",
  "apps.list.forbidden": "Somente proprietários e administradores de {portal} podem gerenciar aplicativos.",
  "apps.list.forbiddenNoPortal":
    "Somente proprietários e administradores deste portal podem gerenciar aplicativos.",
  "apps.list.registered": "Aplicativos registrados",
  "apps.list.empty":
    "Ainda não há aplicativos registrados em {portal}. Registre um para que ele possa fazer as pessoas entrarem com o Gatehouse.",
  "apps.list.emptyNoPortal":
    "Ainda não há aplicativos registrados neste portal. Registre um para que ele possa fazer as pessoas entrarem com o Gatehouse.",
  "apps.list.deleted": "{app} foi excluído.",
  "apps.list.saved": "{app} foi salvo.",

  "apps.row.public": "Cliente público (PKCE)",
  "apps.row.confidential": "Cliente confidencial",
  "apps.row.disabled": "Desativado",
  "apps.row.enabled": "Ativado",
  "apps.row.edit": "Editar",
  "apps.row.regenerate": "Gerar novo segredo",
  "apps.row.delete": "Excluir",
  "apps.row.disableFailed": "Não foi possível desativar {app}.",
  "apps.row.enableFailed": "Não foi possível ativar {app}.",

  "apps.credentials.clientId": "ID do cliente",
  "apps.credentials.clientIdCopy": "ID do cliente",
  "apps.credentials.clientSecret": "Segredo do cliente",
  "apps.credentials.shownOnce":
    "Este segredo não será mostrado de novo. Copie-o agora e guarde-o em segurança.",
  "apps.credentials.label": "Credenciais",
  "apps.regenerate.title": "Gerar um novo segredo para {app}?",
  "apps.regenerate.confirm": "Criar novo segredo",
  "apps.regenerate.text":
    "O segredo atual para de funcionar imediatamente: {app} não poderá trocar códigos nem renovar tokens até receber o novo.",
  "apps.regenerate.newSecret": "Novo segredo do cliente para {app}",
  "apps.delete.title": "Excluir {app}?",
  "apps.delete.confirm": "Excluir aplicativo",
  "apps.delete.text":
    "Todos que permitiram {app} perdem essa permissão: os tokens dele param de funcionar imediatamente. Não é possível desfazer isso.",

  "apps.register.heading": "Registrar um novo aplicativo",
  "apps.register.intro":
    "O aplicativo poderá fazer as pessoas de {portal} entrarem assim que elas permitirem.",
  "apps.register.introNoPortal":
    "O aplicativo poderá fazer as pessoas deste portal entrarem assim que elas permitirem.",
  "apps.registered.pageTitle": "Aplicativo registrado",
  "apps.registered.heading": "{app} está registrado",
  "apps.registered.public":
    "{app} é um cliente público: não tem segredo do cliente. Em vez disso, comprova cada entrada com PKCE.",
  "apps.edit.heading": "Editar {app}",
  "apps.edit.headingLoading": "Editar aplicativo",
  "apps.edit.notFound": "Esse aplicativo não existe em {portal}.",
  "apps.edit.notFoundNoPortal": "Esse aplicativo não existe neste portal.",
  "apps.edit.loadFailed": "Não foi possível carregar o aplicativo.",
  "apps.edit.back": "Voltar aos aplicativos",

  "apps.form.save": "Salvar",
  "apps.form.sessionEnded": "Sua sessão terminou. Recarregue a página e entre de novo.",
  "apps.form.saveFailed": "Não foi possível salvar o aplicativo. Tente de novo.",
  "apps.form.basic": "Informações básicas",
  "apps.form.name": "Nome do aplicativo",
  "apps.form.nameHint": "De 3 a 256 caracteres, mostrado às pessoas na página de consentimento.",
  "apps.form.websiteUrl": "URL do site",
  "apps.form.description": "Descrição",
  "apps.form.descriptionHint": "Opcional, no máximo 255 caracteres ({count} usados).",
  "apps.form.signIn": "Entrada",
  "apps.form.redirectUris": "URLs de redirecionamento",
  "apps.form.redirectUrisHint":
    "Para onde o Gatehouse devolve as pessoas depois que elas decidem, comparadas exatamente. https, ou http para localhost e 127.0.0.1.",
  "apps.form.redirectUrisAdded": "URLs de redirecionamento adicionadas",
  "apps.form.allowedOrigins": "Origens permitidas",
  "apps.form.allowedOriginsHint":
    "As origens web (scheme://host[:port]) cujas páginas podem chamar o endpoint de token e a API.",
  "apps.form.allowedOriginsAdded": "Origens permitidas adicionadas",
  "apps.form.add": "Adicionar",
  "apps.form.removeEntry": "Remover {entry}",
  "apps.form.allowPkce": "Permitir cliente público (PKCE)",
  "apps.form.allowPkceHint":
    "Para aplicativos de página única e móveis que não conseguem guardar um segredo: o aplicativo não recebe segredo do cliente e deve usar PKCE.",
  "apps.form.portals": "Portais",
  "apps.form.otherPortals": "Disponível para outros portais",
  "apps.form.otherPortalsHint":
    "Desmarcado, o aplicativo só pode ser usado neste portal: pessoas sem conta aqui são recusadas. Torná-lo privado de novo encerra as permissões dele em outros portais.",
  "apps.form.legal": "Informações legais",
  "apps.form.policyUrl": "URL da política de privacidade",
  "apps.form.termsUrl": "URL dos termos de serviço",

  "apps.icon.label": "Ícone do aplicativo",
  "apps.icon.choose": "Escolher ícone",
  "apps.icon.none": "Nenhum ícone escolhido",
  "apps.icon.noneNew": "Nenhum ícone novo escolhido",
  "apps.icon.preview": "Prévia do ícone do aplicativo",
  "apps.icon.hint": "Uma imagem JPG, PNG ou SVG de exatamente 32×32 pixels, com no máximo 256 KB.",
  "apps.icon.hintKeep":
    "Uma imagem JPG, PNG ou SVG de exatamente 32×32 pixels, com no máximo 256 KB. Deixe vazio para manter o ícone atual.",
  "apps.icon.unreadable": "Não foi possível ler o arquivo. Escolha outro.",

  "apps.scopes.heading": "Acesso",
  "apps.scopes.legend": "Escopos de acesso",
  "apps.scopes.hint": "O que o aplicativo pode pedir às pessoas. Escrita inclui Leitura.",
  "apps.scopes.scope": "Escopo",
  "apps.scopes.read": "Leitura",
  "apps.scopes.write": "Escrita",
  "apps.scopes.readLine": "Leitura: {description}",
  "apps.scopes.writeLine": "Escrita: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "Algoritmo de assinatura do token de ID",
  "apps.alg.hint":
    "Mantenha RS256, a menos que a biblioteca OpenID do aplicativo esteja configurada para ES256.",
  "apps.alg.RS256": "RS256 (RSA, o padrão do OpenID)",
  "apps.alg.ES256": "ES256 (curva elíptica P-256)",

  "apps.error.check": "Verifique este campo",
  "apps.error.nameLength": "O nome do aplicativo deve ter de 3 a 256 caracteres",
  "apps.error.websiteUrlTooLong": "A URL do site é longa demais",
  "apps.error.websiteUrlInvalid": "A URL do site deve ser uma URL http(s) absoluta",
  "apps.error.policyUrlTooLong": "A URL da política de privacidade é longa demais",
  "apps.error.policyUrlInvalid": "A URL da política de privacidade deve ser uma URL http(s) absoluta",
  "apps.error.termsUrlTooLong": "A URL dos termos de serviço é longa demais",
  "apps.error.termsUrlInvalid": "A URL dos termos de serviço deve ser uma URL http(s) absoluta",
  "apps.error.logoMissing": "Escolha um ícone para o aplicativo",
  "apps.error.logoTooLarge": "O ícone do aplicativo deve ter no máximo 256 KB",
  "apps.error.logoNotAnImage": "O ícone do aplicativo deve ser uma imagem JPG, PNG ou SVG",
  "apps.error.logoSize": "O ícone do aplicativo deve ter exatamente 32×32 pixels (este tem {width}×{height})",
  "apps.error.descriptionTooLong": "A descrição deve ter no máximo 255 caracteres",
  "apps.error.scopesMissing": "Escolha pelo menos um escopo de acesso",
  "apps.error.redirectMissing": "Digite uma URL de redirecionamento",
  "apps.error.redirectTooLong": "A URL de redirecionamento é longa demais",
  "apps.error.redirectNotAbsolute": "A URL de redirecionamento deve ser uma URL absoluta",
  "apps.error.redirectFragment": "A URL de redirecionamento não deve ter fragmento",
  "apps.error.redirectCredentials": "A URL de redirecionamento não deve conter nome de usuário nem senha",
  "apps.error.redirectHttps":
    "A URL de redirecionamento deve usar https (http somente para localhost ou 127.0.0.1)",
  "apps.error.redirectCheck": "Verifique esta URL de redirecionamento",
  "apps.error.redirectNone": "Adicione pelo menos uma URL de redirecionamento",
  "apps.error.redirectTooMany":
    "Adicione no máximo {max, plural, one {# URL de redirecionamento} other {# URLs de redirecionamento}}",
  "apps.error.redirectTwice": "Esta URL de redirecionamento já foi adicionada",
  "apps.error.redirectRepeated": "Cada URL de redirecionamento só pode ser adicionada uma vez",
  "apps.error.originMissing": "Digite uma origem",
  "apps.error.originInvalid":
    "Uma origem permitida deve ter a forma scheme://host[:port], sem caminho nem barra no final",
  "apps.error.originCheck": "Verifique esta origem permitida",
  "apps.error.originNone": "Adicione pelo menos uma origem permitida",
  "apps.error.originTooMany":
    "Adicione no máximo {max, plural, one {# origem permitida} other {# origens permitidas}}",
  "apps.error.originTwice": "Esta origem permitida já foi adicionada",
  "apps.error.originRepeated": "Cada origem permitida só pode ser adicionada uma vez",
};
