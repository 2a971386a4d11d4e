import type { ConsentMessages } from "./en.ts";

/** العربية: consent (see ./en.ts). */
export const consentAr: ConsentMessages = {
  "consent.title": "هل تسمح للتطبيق {app}؟",
  "consent.heading": "يطلب {app} الوصول إلى حسابك على {portal}",
  "consent.headingNoPortal": "يطلب {app} الوصول إلى حسابك",
  "consent.signedInAs": "تم تسجيل الدخول باسم",
  "consent.changeProfile": "تغيير الملف الشخصي",
  "consent.allow": "السماح",
  "consent.deny": "الرفض",
  "consent.decisionFailed": "تعذّر تسجيل قرارك. حاول مرة أخرى.",
  "consent.signOutFailed": "تعذّر تسجيل خروجك. حاول مرة أخرى.",
  "consent.chooserFailed": "تعذّر عرض شاشة الاختيار. حاول مرة أخرى.",
  "consent.unusableRedirect": "ردّ Gatehouse بعنوان لا يمكنه إرسالك إليه. عُد إلى التطبيق.",
  "consent.scopes.all": "سيسمح هذا للتطبيق {app} بما يلي:",
  "consent.scopes.new": "أذونات جديدة",
  "consent.scopes.granted": "ممنوحة سابقًا",
  "consent.scopes.newBadge": "جديد",
  "consent.group.profile": "الملف الشخصي",
  "consent.group.accounts": "الحسابات",
  "consent.group.files": "الملفات والمجلدات",
  "consent.group.rooms": "الغرف",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "تأكد من أنك تثق في {app}. قد تشارك معلومات حساسة مع هذا التطبيق. راجع <privacy>سياسة الخصوصية</privacy> و<terms>شروط الخدمة</terms> الخاصة به.",
  "consent.revokeLater": "يمكنك سحب إذن وصوله في أي وقت من صفحة <link>التطبيقات المتصلة</link>.",
  "consent.opensInNewTab": "يُفتح في علامة تبويب جديدة",

  "consent.apps.heading": "التطبيقات المتصلة",
  "consent.apps.intro":
    "التطبيقات التي سمحت لها بالوصول إلى حسابك على {portal}. يؤدي سحب الإذن من تطبيق إلى تسجيل خروجه فورًا، وعليه أن يطلب إذنك مجددًا ليعود.",
  "consent.apps.introNoPortal":
    "التطبيقات التي سمحت لها بالوصول إلى حسابك على هذه البوابة. يؤدي سحب الإذن من تطبيق إلى تسجيل خروجه فورًا، وعليه أن يطلب إذنك مجددًا ليعود.",
  "consent.apps.loading": "جارٍ تحميل التطبيقات…",
  "consent.apps.loadFailed": "تعذّر تحميل تطبيقاتك المتصلة.",
  "consent.apps.empty": "لم تسمح لأي تطبيق على {portal} بعد.",
  "consent.apps.emptyNoPortal": "لم تسمح لأي تطبيق على هذه البوابة بعد.",
  "consent.apps.list": "التطبيقات التي سمحت لها",
  "consent.apps.revoked": "لم يعد بإمكان {app} الوصول إلى حسابك.",
  "consent.apps.allowedOn": "تم السماح في {date}",
  "consent.apps.revoke": "سحب الإذن",
  "consent.apps.itCan": "يمكنه:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "هل تريد سحب إذن الوصول من {app}؟",
  "consent.apps.revokeConfirm": "سحب إذن الوصول",
  "consent.apps.revokeFailed": "تعذّر سحب إذن الوصول من {app}. حاول مرة أخرى.",
  "consent.apps.revokeText":
    "سيفقد {app} وصوله إلى حسابك على هذه البوابة. لاستخدامه مجددًا، اسمح له مرة أخرى.",

  "consent.error.heading": "خطأ",
  "consent.error.code": "رمز الخطأ",
  "consent.error.badRequest":
    "أرسلك التطبيق إلى هنا بطلب لا يمكن لـ Gatehouse قبوله. أغلق هذه الصفحة وعُد إلى التطبيق.",
  "consent.error.crashed": "حدث خطأ ما في هذه الصفحة. أعد تحميلها للمحاولة مرة أخرى.",
  "consent.notFound.heading": "الصفحة غير موجودة",
  "consent.notFound.text": "لا يوجد شيء على هذا العنوان. تحقق من الرابط، أو عُد إلى التطبيق الذي أتيت منه.",
  "consent.home.title": "الرئيسية",
  "consent.home.intro":
    "يتولى Gatehouse تسجيل دخولك إلى تطبيقات DocSpace ويتيح لك أن تقرر ما يمكن لكل تطبيق الوصول إليه.",
  "consent.home.hint": "لتسجيل الدخول، افتح التطبيق الذي تريد استخدامه، وسيُحضرك إلى هنا.",

  "consent.homeLink": "الانتقال إلى الصفحة الرئيسية لـ Gatehouse",
  "consent.appIcon": "أيقونة {app}",
  "consent.websiteNewTab": "(يُفتح في علامة تبويب جديدة)",
  "consent.oneTimeLink.hint": "يعمل مرة واحدة فقط، حتى {time}. لن يُعرض مرة أخرى.",
};
