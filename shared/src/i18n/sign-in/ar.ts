import type { SignInMessages } from "./en.ts";

/** العربية: sign-in (see ./en.ts). */
export const signInAr: SignInMessages = {
  "signIn.heading": "تسجيل الدخول",
  "signIn.submit": "تسجيل الدخول",
  "signIn.submitting": "جارٍ تسجيل الدخول…",
  "signIn.forgot": "هل نسيت كلمة المرور؟",
  "signIn.incorrect": "البريد الإلكتروني أو كلمة المرور غير صحيحة",
  "signIn.failed": "حدث خطأ أثناء تسجيل دخولك. حاول مرة أخرى.",
  "signIn.tooManyLater": "محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى لاحقًا.",
  "signIn.tooManyIn":
    "محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد {unit, select, minute {{amount, plural, one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}}}.",
  "signIn.again": "تسجيل الدخول مرة أخرى",
  "signIn.forApp": "للمتابعة إلى {app}",
  "signIn.forAppAnother": "للمتابعة إلى {app} بحساب آخر",
  "signIn.forSettings": "لإدارة إعدادات Gatehouse الخاصة بك",
  "signIn.forSettingsAnother": "لإدارة إعدادات Gatehouse الخاصة بك بحساب آخر",
  "signIn.signedInHere": "مسجَّل الدخول في هذا المتصفح: {emails}. يضيف تسجيل الدخول حسابًا؛ ولا يُسجَّل خروج أحد.",
  "signIn.othersStay": "يبقى كل من سجّل الدخول في هذا المتصفح مسجَّل الدخول.",
  "signIn.returning": "جارٍ العودة إلى التطبيق…",

  "signIn.passkey.button": "تسجيل الدخول بمفتاح مرور",
  "signIn.passkey.refused": "تعذّر تسجيل دخولك بمفتاح المرور هذا. حاول مرة أخرى، أو استخدم كلمة مرورك.",
  "signIn.passkey.unsupported": "لا يستطيع هذا المتصفح استخدام مفاتيح المرور. سجّل الدخول بكلمة مرورك.",
  "signIn.passkey.use": "استخدام مفتاح مرور",
  "signIn.passkey.confirm": "أكّد هويتك بمفتاح مرور أضفته إلى حسابك.",
  "signIn.passkey.unsupportedHere": "لا يستطيع هذا المتصفح استخدام مفاتيح المرور.",
  "signIn.passkey.didNotWork":
    "لم ينجح مفتاح المرور هذا. {codes, select, yes {حاول مرة أخرى، أو استخدم رمزًا.} other {حاول مرة أخرى.}}",
  "signIn.passkey.unusable":
    "تعذّر استخدام مفتاح المرور الخاص بك. {codes, select, yes {حاول مرة أخرى، أو استخدم رمزًا.} other {حاول مرة أخرى.}}",

  "signIn.code.label": "رمز المصادقة",
  "signIn.code.hint": "الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن.",
  "signIn.code.invalid": "أدخل الرمز المكوّن من 6 أرقام من تطبيقك",
  "signIn.code.enter": "أدخل الرمز",
  "signIn.code.enterNow": "أدخل الرمز الذي يعرضه تطبيقك الآن",
  "signIn.code.refused": "لم ينجح هذا الرمز",
  "signIn.code.checkFailed": "تعذّر التحقق من رمزك. حاول مرة أخرى.",
  "signIn.code.use": "استخدام رمز مصادقة",
  "signIn.code.verify": "تحقّق",
  "signIn.recovery.label": "رمز الاسترداد",
  "signIn.recovery.hint": "أحد الرموز التي حفظتها عند إعداد المصادقة الثنائية. يعمل كل رمز مرة واحدة.",
  "signIn.recovery.invalid": "أدخل أحد رموز الاسترداد الخاصة بك",
  "signIn.recovery.check": "تحقّق من رمز الاسترداد",
  "signIn.recovery.use": "استخدام رمز استرداد",
  "signIn.expired": "استغرق تسجيل دخولك وقتًا طويلًا. سجّل الدخول مرة أخرى.",

  "signIn.setup.heading": "إعداد المصادقة الثنائية",
  "signIn.setup.required":
    "تشترط بوابتك المصادقة الثنائية على الجميع. أعدّ تطبيق مصادقة الآن: ستسجّل الدخول بعد ذلك بكلمة مرورك ورمز من التطبيق.",
  "signIn.setup.preparing": "جارٍ تجهيز مفتاحك…",
  "signIn.setup.prepareFailed": "تعذّر تجهيز مفتاحك.",
  "signIn.setup.openApp":
    "افتح تطبيق مصادقة على هاتفك، مثل 2FAS أو Aegis أو Google Authenticator أو 1Password.",
  "signIn.setup.scan": "امسح رمز QR هذا به.",
  "signIn.setup.qrAlt": "رمز QR لتطبيق المصادقة الخاص بك",
  "signIn.setup.qrFailed": "تعذّر رسم رمز QR: أدخل المفتاح أدناه بدلًا منه.",
  "signIn.setup.cantScan": "لا يمكنك المسح؟ أدخل هذا المفتاح",
  "signIn.setup.key": "المفتاح",
  "signIn.setup.enterCode": "أدخل الرمز",
  "signIn.setup.checkFailed": "تعذّر التحقق من الرمز. حاول مرة أخرى.",
  "signIn.setup.confirm": "تأكيد",

  "signIn.codes.heading": "احفظ رموز الاسترداد",
  "signIn.codes.intro":
    "احتفظ بهذه الرموز في مكان آمن بعيدًا عن هاتفك. إذا فقدت تطبيق المصادقة، يتيح لك كل رمز تسجيل الدخول مرة واحدة. لا تُعرض إلا الآن.",
  "signIn.codes.list": "رموز الاسترداد",
  "signIn.codes.download": "تنزيل",
  "signIn.codes.file": "رموز استرداد Gatehouse. يعمل كل رمز مرة واحدة بدلًا من رمز المصادقة.",

  "signIn.portal.heading": "اختر البوابة",
  "signIn.portal.signedInAs": "مسجَّل الدخول باسم <b>{email}</b>",
  "signIn.portal.forAppAs": "للمتابعة إلى {app} باسم <b>{email}</b>",
  "signIn.portal.none": "لا ينتمي حسابك إلى أي بوابة بعد. اطلب من مالك بوابة أن يدعوك.",
  "signIn.portal.chooseFailed": "تعذّر اختيار {portal}. حاول مرة أخرى.",
  "signIn.account.chooseFailed": "تعذّر اختيار {portal} للحساب {email}. حاول مرة أخرى.",
  "signIn.account.noPortal": "لا يمكن استخدام {app} على أي بوابة لهذا الحساب.",
  "signIn.account.inUse": "قيد الاستخدام",

  "signIn.session.noAnswer": "لا يستجيب Gatehouse",
  "signIn.session.checkFailed": "تعذّر التحقق من جلستك. حاول مرة أخرى.",
  "signIn.session.signOutFailed": "تعذّر تسجيل خروجك. حاول مرة أخرى.",
  "signIn.nav.label": "الإعدادات",
  "signIn.nav.developerTools": "أدوات المطوّرين",

  "signIn.signedOut.title": "تم تسجيل الخروج",
  "signIn.signedOut.heading": "لقد سجّلت الخروج",
  "signIn.signedOut.text": "انتهت جلستك في Gatehouse. يمكنك إغلاق هذه الصفحة.",
};
