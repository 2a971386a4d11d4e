import type { ConsentMessages } from "./en.ts";

/** Русский: consent (see ./en.ts). */
export const consentRu: ConsentMessages = {
  "consent.title": "Разрешить доступ приложению {app}?",
  "consent.heading": "{app} запрашивает доступ к вашей учётной записи на портале {portal}",
  "consent.headingNoPortal": "{app} запрашивает доступ к вашей учётной записи",
  "consent.signedInAs": "Вы вошли как",
  "consent.changeProfile": "Сменить профиль",
  "consent.allow": "Разрешить",
  "consent.deny": "Отклонить",
  "consent.decisionFailed": "Не удалось сохранить ваше решение. Попробуйте ещё раз.",
  "consent.signOutFailed": "Не удалось выйти. Попробуйте ещё раз.",
  "consent.chooserFailed": "Не удалось снова показать выбор учётной записи. Попробуйте ещё раз.",
  "consent.unusableRedirect":
    "Gatehouse вернул адрес, на который не может вас перенаправить. Вернитесь в приложение.",
  "consent.scopes.all": "Приложение {app} сможет:",
  "consent.scopes.new": "Новые разрешения",
  "consent.scopes.granted": "Уже предоставлено",
  "consent.scopes.newBadge": "Новое",
  "consent.group.profile": "Профиль",
  "consent.group.accounts": "Учётные записи",
  "consent.group.files": "Файлы и папки",
  "consent.group.rooms": "Комнаты",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "Убедитесь, что доверяете приложению {app}. Возможно, вы передаёте ему конфиденциальные сведения. Ознакомьтесь с его <privacy>политикой конфиденциальности</privacy> и <terms>условиями использования</terms>.",
  "consent.revokeLater":
    "Вы можете в любой момент отозвать его доступ на странице <link>Подключённые приложения</link>.",
  "consent.opensInNewTab": "Открывается в новой вкладке",

  "consent.apps.heading": "Подключённые приложения",
  "consent.apps.intro":
    "Приложения, которым вы разрешили доступ к своей учётной записи на портале {portal}. Отзыв доступа сразу завершает сеанс приложения; чтобы вернуться, ему придётся снова спросить вас.",
  "consent.apps.introNoPortal":
    "Приложения, которым вы разрешили доступ к своей учётной записи на этом портале. Отзыв доступа сразу завершает сеанс приложения; чтобы вернуться, ему придётся снова спросить вас.",
  "consent.apps.loading": "Загрузка приложений…",
  "consent.apps.loadFailed": "Не удалось загрузить подключённые приложения.",
  "consent.apps.empty": "Вы не разрешили доступ ни одному приложению на портале {portal}.",
  "consent.apps.emptyNoPortal": "Вы не разрешили доступ ни одному приложению на этом портале.",
  "consent.apps.list": "Приложения, которым вы дали доступ",
  "consent.apps.revoked": "У приложения {app} больше нет доступа к вашей учётной записи.",
  "consent.apps.allowedOn": "Разрешено {date}",
  "consent.apps.revoke": "Отозвать",
  "consent.apps.itCan": "Приложение может:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "Отозвать доступ приложения {app}?",
  "consent.apps.revokeConfirm": "Отозвать доступ",
  "consent.apps.revokeFailed": "Не удалось отозвать доступ приложения {app}. Попробуйте ещё раз.",
  "consent.apps.revokeText":
    "Приложение {app} потеряет доступ к вашей учётной записи на этом портале. Чтобы снова им пользоваться, разрешите доступ ещё раз.",

  "consent.error.heading": "Ошибка",
  "consent.error.code": "Код ошибки",
  "consent.error.badRequest":
    "Приложение направило вас сюда с запросом, который Gatehouse не может принять. Закройте эту страницу и вернитесь в приложение.",
  "consent.error.crashed":
    "На этой странице что-то пошло не так. Перезагрузите её, чтобы попробовать ещё раз.",
  "consent.notFound.heading": "Страница не найдена",
  "consent.notFound.text":
    "По этому адресу ничего нет. Проверьте ссылку или вернитесь в приложение, из которого вы пришли.",
  "consent.home.title": "Главная",
  "consent.home.intro":
    "Gatehouse выполняет вход в приложения DocSpace и позволяет вам решать, к чему каждое приложение может получить доступ.",
  "consent.home.hint":
    "Чтобы войти, откройте приложение, которым хотите пользоваться; оно приведёт вас сюда.",

  "consent.homeLink": "Перейти на главную страницу Gatehouse",
  "consent.appIcon": "Значок приложения {app}",
  "consent.websiteNewTab": "(открывается в новой вкладке)",
  "consent.oneTimeLink.hint": "Ссылка работает один раз, до {time}. Больше она показана не будет.",
};
