import type { SignInMessages } from "./en.ts";

/** Русский: sign-in (see ./en.ts). */
export const signInRu: SignInMessages = {
  "signIn.heading": "Вход",
  "signIn.submit": "Войти",
  "signIn.submitting": "Выполняется вход…",
  "signIn.forgot": "Забыли пароль?",
  "signIn.incorrect": "Неверный адрес электронной почты или пароль",
  "signIn.failed": "При входе что-то пошло не так. Попробуйте ещё раз.",
  "signIn.tooManyLater": "Слишком много попыток входа. Попробуйте позже.",
  "signIn.tooManyIn":
    "Слишком много попыток входа. Попробуйте снова через {unit, select, minute {{amount, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}} other {{amount, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}}}.",
  "signIn.again": "Войти снова",
  "signIn.forApp": "чтобы продолжить в {app}",
  "signIn.forAppAnother": "чтобы продолжить в {app} с другой учётной записью",
  "signIn.forSettings": "чтобы управлять настройками Gatehouse",
  "signIn.forSettingsAnother": "чтобы управлять настройками Gatehouse с другой учётной записью",
  "signIn.signedInHere":
    "В этом браузере выполнен вход: {emails}. Вход добавляет учётную запись; никто не выходит из системы.",
  "signIn.othersStay": "Все, кто вошёл в этом браузере, остаются в системе.",
  "signIn.returning": "Возвращаемся в приложение…",

  "signIn.passkey.button": "Войти с ключом доступа",
  "signIn.passkey.refused":
    "Не удалось войти с этим ключом доступа. Попробуйте ещё раз или используйте пароль.",
  "signIn.passkey.unsupported": "Этот браузер не умеет работать с ключами доступа. Войдите с паролем.",
  "signIn.passkey.use": "Использовать ключ доступа",
  "signIn.passkey.confirm": "Подтвердите, что это вы, ключом доступа, добавленным в вашу учётную запись.",
  "signIn.passkey.unsupportedHere": "Этот браузер не умеет работать с ключами доступа.",
  "signIn.passkey.didNotWork":
    "Этот ключ доступа не подошёл. {codes, select, yes {Попробуйте ещё раз или используйте код.} other {Попробуйте ещё раз.}}",
  "signIn.passkey.unusable":
    "Не удалось использовать ваш ключ доступа. {codes, select, yes {Попробуйте ещё раз или используйте код.} other {Попробуйте ещё раз.}}",

  "signIn.code.label": "Код аутентификации",
  "signIn.code.hint": "6-значный код, который сейчас показывает ваше приложение-аутентификатор.",
  "signIn.code.invalid": "Введите 6-значный код из приложения",
  "signIn.code.enter": "Введите код",
  "signIn.code.enterNow": "Введите код, который приложение показывает сейчас",
  "signIn.code.refused": "Этот код не подошёл",
  "signIn.code.checkFailed": "Не удалось проверить ваш код. Попробуйте ещё раз.",
  "signIn.code.use": "Использовать код аутентификации",
  "signIn.code.verify": "Подтвердить",
  "signIn.recovery.label": "Код восстановления",
  "signIn.recovery.hint":
    "Один из кодов, сохранённых при настройке двухфакторной аутентификации. Каждый работает один раз.",
  "signIn.recovery.invalid": "Введите один из ваших кодов восстановления",
  "signIn.recovery.check": "Проверьте код восстановления",
  "signIn.recovery.use": "Использовать код восстановления",
  "signIn.expired": "Вход занял слишком много времени. Войдите снова.",

  "signIn.setup.heading": "Настройка двухфакторной аутентификации",
  "signIn.setup.required":
    "Ваш портал требует двухфакторную аутентификацию от всех. Настройте приложение-аутентификатор сейчас: после этого вы будете входить с паролем и кодом из приложения.",
  "signIn.setup.preparing": "Готовим ваш ключ…",
  "signIn.setup.prepareFailed": "Не удалось подготовить ваш ключ.",
  "signIn.setup.openApp":
    "Откройте на телефоне приложение-аутентификатор, например 2FAS, Aegis, Google Authenticator или 1Password.",
  "signIn.setup.scan": "Отсканируйте им этот QR-код.",
  "signIn.setup.qrAlt": "QR-код для вашего приложения-аутентификатора",
  "signIn.setup.qrFailed": "Не удалось нарисовать QR-код: введите вместо этого ключ ниже.",
  "signIn.setup.cantScan": "Не получается отсканировать? Введите этот ключ",
  "signIn.setup.key": "ключ",
  "signIn.setup.enterCode": "Введите код",
  "signIn.setup.checkFailed": "Не удалось проверить код. Попробуйте ещё раз.",
  "signIn.setup.confirm": "Подтвердить",

  "signIn.codes.heading": "Сохраните коды восстановления",
  "signIn.codes.intro":
    "Храните эти коды в надёжном месте, отдельно от телефона. Если вы потеряете приложение-аутентификатор, каждый код позволит войти один раз. Они показываются только сейчас.",
  "signIn.codes.list": "Коды восстановления",
  "signIn.codes.download": "Скачать",
  "signIn.codes.file": "Коды восстановления Gatehouse. Каждый работает один раз вместо кода аутентификации.",

  "signIn.portal.heading": "Выберите портал",
  "signIn.portal.signedInAs": "Вы вошли как <b>{email}</b>",
  "signIn.portal.forAppAs": "чтобы продолжить в {app} как <b>{email}</b>",
  "signIn.portal.none":
    "Ваша учётная запись пока не входит ни в один портал. Попросите владельца портала пригласить вас.",
  "signIn.portal.chooseFailed": "Не удалось выбрать {portal}. Попробуйте ещё раз.",
  "signIn.account.chooseFailed": "Не удалось выбрать {portal} для {email}. Попробуйте ещё раз.",
  "signIn.account.noPortal": "{app} нельзя использовать ни на одном портале этой учётной записи.",
  "signIn.account.inUse": "Используется",

  "signIn.session.noAnswer": "Gatehouse не отвечает",
  "signIn.session.checkFailed": "Не удалось проверить вашу сессию. Попробуйте ещё раз.",
  "signIn.session.signOutFailed": "Не удалось выйти из системы. Попробуйте ещё раз.",
  "signIn.nav.label": "Настройки",
  "signIn.nav.developerTools": "Инструменты разработчика",

  "signIn.signedOut.title": "Выход выполнен",
  "signIn.signedOut.heading": "Вы вышли из системы",
  "signIn.signedOut.text": "Ваша сессия Gatehouse завершена. Эту страницу можно закрыть.",
};
