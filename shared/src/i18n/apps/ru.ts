import type { AppsMessages } from "./en.ts";

/** Русский: apps (see ./en.ts). */
export const appsRu: AppsMessages = {
  "apps.eyebrow": "Инструменты разработчика",
  "apps.eyebrowForm": "Инструменты разработчика · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – Инструменты разработчика",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Регистрируйте приложения, которые выполняют вход людей через Gatehouse и используют DocSpace API от их имени. Зарегистрированные здесь приложения принадлежат порталу {portal}. Если отключить или удалить приложение, все разрешения, которые ему дали люди, прекращаются.",
  "apps.list.introNoPortal":
    "Регистрируйте приложения, которые выполняют вход людей через Gatehouse и используют DocSpace API от их имени. Зарегистрированные здесь приложения принадлежат этому порталу. Если отключить или удалить приложение, все разрешения, которые ему дали люди, прекращаются.",
  "apps.list.loading": "Загрузка приложений…",
  "apps.list.loadFailed": "Не удалось загрузить приложения.",
  "apps.list.forbidden": "Управлять приложениями могут только владельцы и администраторы портала {portal}.",
  "apps.list.forbiddenNoPortal":
    "Управлять приложениями могут только владельцы и администраторы этого портала.",
  "apps.list.registered": "Зарегистрированные приложения",
  "apps.list.empty":
    "На портале {portal} пока нет зарегистрированных приложений. Зарегистрируйте приложение, чтобы оно могло выполнять вход людей через Gatehouse.",
  "apps.list.emptyNoPortal":
    "На этом портале пока нет зарегистрированных приложений. Зарегистрируйте приложение, чтобы оно могло выполнять вход людей через Gatehouse.",
  "apps.list.deleted": "Приложение {app} удалено.",
  "apps.list.saved": "Приложение {app} сохранено.",

  "apps.row.public": "Публичный клиент (PKCE)",
  "apps.row.confidential": "Конфиденциальный клиент",
  "apps.row.disabled": "Отключено",
  "apps.row.enabled": "Включено",
  "apps.row.edit": "Изменить",
  "apps.row.regenerate": "Создать секрет заново",
  "apps.row.delete": "Удалить",
  "apps.row.disableFailed": "Не удалось отключить приложение {app}.",
  "apps.row.enableFailed": "Не удалось включить приложение {app}.",

  "apps.credentials.clientId": "ID клиента",
  "apps.credentials.clientIdCopy": "ID клиента",
  "apps.credentials.clientSecret": "Секрет клиента",
  "apps.credentials.shownOnce":
    "Этот секрет больше не будет показан. Скопируйте его сейчас и храните в надёжном месте.",
  "apps.credentials.label": "Учётные данные",
  "apps.regenerate.title": "Создать новый секрет для {app}?",
  "apps.regenerate.confirm": "Создать новый секрет",
  "apps.regenerate.text":
    "Текущий секрет сразу перестанет работать: {app} не сможет обменивать коды и обновлять токены, пока не получит новый.",
  "apps.regenerate.newSecret": "Новый секрет клиента для {app}",
  "apps.delete.title": "Удалить {app}?",
  "apps.delete.confirm": "Удалить приложение",
  "apps.delete.text":
    "Все, кто разрешил доступ {app}, теряют это разрешение: его токены сразу перестают работать. Это действие нельзя отменить.",

  "apps.register.heading": "Зарегистрировать новое приложение",
  "apps.register.intro":
    "Приложение сможет выполнять вход людей портала {portal}, как только они это разрешат.",
  "apps.register.introNoPortal":
    "Приложение сможет выполнять вход людей этого портала, как только они это разрешат.",
  "apps.registered.pageTitle": "Приложение зарегистрировано",
  "apps.registered.heading": "Приложение {app} зарегистрировано",
  "apps.registered.public":
    "{app} — публичный клиент: у него нет секрета клиента. Вместо этого он подтверждает каждый вход с помощью PKCE.",
  "apps.edit.heading": "Изменить {app}",
  "apps.edit.headingLoading": "Изменить приложение",
  "apps.edit.notFound": "На портале {portal} нет такого приложения.",
  "apps.edit.notFoundNoPortal": "На этом портале нет такого приложения.",
  "apps.edit.loadFailed": "Не удалось загрузить приложение.",
  "apps.edit.back": "Назад к приложениям",

  "apps.form.save": "Сохранить",
  "apps.form.sessionEnded": "Ваш сеанс завершён. Перезагрузите страницу и войдите снова.",
  "apps.form.saveFailed": "Не удалось сохранить приложение. Попробуйте ещё раз.",
  "apps.form.basic": "Основные сведения",
  "apps.form.name": "Название приложения",
  "apps.form.nameHint": "От 3 до 256 символов, показывается людям на странице согласия.",
  "apps.form.websiteUrl": "URL сайта",
  "apps.form.description": "Описание",
  "apps.form.descriptionHint": "Необязательно, не более 255 символов (использовано: {count}).",
  "apps.form.signIn": "Вход",
  "apps.form.redirectUris": "URL перенаправления",
  "apps.form.redirectUrisHint":
    "Куда Gatehouse возвращает людей после их решения, с точным совпадением. https, или http для localhost и 127.0.0.1.",
  "apps.form.redirectUrisAdded": "Добавленные URL перенаправления",
  "apps.form.allowedOrigins": "Разрешённые источники",
  "apps.form.allowedOriginsHint":
    "Веб-источники (scheme://host[:port]), страницы которых могут обращаться к конечной точке токенов и к API.",
  "apps.form.allowedOriginsAdded": "Добавленные разрешённые источники",
  "apps.form.add": "Добавить",
  "apps.form.removeEntry": "Удалить {entry}",
  "apps.form.allowPkce": "Разрешить публичный клиент (PKCE)",
  "apps.form.allowPkceHint":
    "Для одностраничных и мобильных приложений, которые не могут хранить секрет: приложение не получает секрет клиента и должно использовать PKCE.",
  "apps.form.portals": "Порталы",
  "apps.form.otherPortals": "Доступно другим порталам",
  "apps.form.otherPortalsHint":
    "Если флажок снят, приложение можно использовать только на этом портале: людям без учётной записи здесь отказывают. Если снова сделать его частным, его разрешения на других порталах прекратятся.",
  "apps.form.legal": "Правовая информация",
  "apps.form.policyUrl": "URL политики конфиденциальности",
  "apps.form.termsUrl": "URL условий использования",

  "apps.icon.label": "Значок приложения",
  "apps.icon.choose": "Выбрать значок",
  "apps.icon.none": "Значок не выбран",
  "apps.icon.noneNew": "Новый значок не выбран",
  "apps.icon.preview": "Предпросмотр значка приложения",
  "apps.icon.hint": "Изображение JPG, PNG или SVG размером ровно 32×32 пикселя, не более 256 КБ.",
  "apps.icon.hintKeep":
    "Изображение JPG, PNG или SVG размером ровно 32×32 пикселя, не более 256 КБ. Оставьте пустым, чтобы сохранить текущий значок.",
  "apps.icon.unreadable": "Не удалось прочитать файл. Выберите другой.",

  "apps.scopes.heading": "Доступ",
  "apps.scopes.legend": "Области доступа",
  "apps.scopes.hint": "О чём приложение может просить людей. Запись включает чтение.",
  "apps.scopes.scope": "Область",
  "apps.scopes.read": "Чтение",
  "apps.scopes.write": "Запись",
  "apps.scopes.readLine": "Чтение: {description}",
  "apps.scopes.writeLine": "Запись: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "Алгоритм подписи ID-токена",
  "apps.alg.hint": "Оставьте RS256, если только библиотека OpenID приложения не настроена на ES256.",
  "apps.alg.RS256": "RS256 (RSA, по умолчанию в OpenID)",
  "apps.alg.ES256": "ES256 (эллиптическая кривая P-256)",

  "apps.error.check": "Проверьте это поле",
  "apps.error.nameLength": "Название приложения должно содержать от 3 до 256 символов",
  "apps.error.websiteUrlTooLong": "URL сайта слишком длинный",
  "apps.error.websiteUrlInvalid": "URL сайта должен быть абсолютным URL http(s)",
  "apps.error.policyUrlTooLong": "URL политики конфиденциальности слишком длинный",
  "apps.error.policyUrlInvalid": "URL политики конфиденциальности должен быть абсолютным URL http(s)",
  "apps.error.termsUrlTooLong": "URL условий использования слишком длинный",
  "apps.error.termsUrlInvalid": "URL условий использования должен быть абсолютным URL http(s)",
  "apps.error.logoMissing": "Выберите значок приложения",
  "apps.error.logoTooLarge": "Значок приложения должен быть не больше 256 КБ",
  "apps.error.logoNotAnImage": "Значок приложения должен быть изображением JPG, PNG или SVG",
  "apps.error.logoSize":
    "Значок приложения должен быть размером ровно 32×32 пикселя (у этого — {width}×{height})",
  "apps.error.descriptionTooLong": "Описание должно содержать не более 255 символов",
  "apps.error.scopesMissing": "Выберите хотя бы одну область доступа",
  "apps.error.redirectMissing": "Введите URL перенаправления",
  "apps.error.redirectTooLong": "URL перенаправления слишком длинный",
  "apps.error.redirectNotAbsolute": "URL перенаправления должен быть абсолютным",
  "apps.error.redirectFragment": "URL перенаправления не должен содержать фрагмент",
  "apps.error.redirectCredentials": "URL перенаправления не должен содержать имя пользователя или пароль",
  "apps.error.redirectHttps":
    "URL перенаправления должен использовать https (http только для localhost или 127.0.0.1)",
  "apps.error.redirectCheck": "Проверьте этот URL перенаправления",
  "apps.error.redirectNone": "Добавьте хотя бы один URL перенаправления",
  "apps.error.redirectTooMany":
    "Добавьте не более {max, plural, one {# URL перенаправления} few {# URL перенаправления} many {# URL перенаправления} other {# URL перенаправления}}",
  "apps.error.redirectTwice": "Этот URL перенаправления уже добавлен",
  "apps.error.redirectRepeated": "Каждый URL перенаправления можно добавить только один раз",
  "apps.error.originMissing": "Введите источник",
  "apps.error.originInvalid":
    "Разрешённый источник должен иметь вид scheme://host[:port], без пути и без косой черты в конце",
  "apps.error.originCheck": "Проверьте этот разрешённый источник",
  "apps.error.originNone": "Добавьте хотя бы один разрешённый источник",
  "apps.error.originTooMany":
    "Добавьте не более {max, plural, one {# разрешённого источника} few {# разрешённых источников} many {# разрешённых источников} other {# разрешённого источника}}",
  "apps.error.originTwice": "Этот разрешённый источник уже добавлен",
  "apps.error.originRepeated": "Каждый разрешённый источник можно добавить только один раз",
};
