import type { SignInMessages } from "./en.ts";

/** 简体中文: sign-in (see ./en.ts). */
export const signInZhCN: SignInMessages = {
  "signIn.heading": "登录",
  "signIn.submit": "登录",
  "signIn.submitting": "正在登录…",
  "signIn.forgot": "忘记密码？",
  "signIn.incorrect": "邮箱或密码不正确",
  "signIn.failed": "登录时出了点问题。请重试。",
  "signIn.tooManyLater": "登录尝试次数过多。请稍后重试。",
  "signIn.tooManyIn":
    "登录尝试次数过多。请在 {unit, select, minute {{amount, plural, other {# 分钟}}} other {{amount, plural, other {# 秒}}}}后重试。",
  "signIn.again": "重新登录",
  "signIn.forApp": "以继续使用 {app}",
  "signIn.forAppAnother": "以使用其他账户继续使用 {app}",
  "signIn.forSettings": "以管理你的 Gatehouse 设置",
  "signIn.forSettingsAnother": "以使用其他账户管理你的 Gatehouse 设置",
  "signIn.signedInHere": "已在此浏览器登录：{emails}。登录会添加一个账户；不会让任何人退出登录。",
  "signIn.othersStay": "在此浏览器登录的每个人都会保持登录状态。",
  "signIn.returning": "正在返回应用…",

  "signIn.passkey.button": "使用通行密钥登录",
  "signIn.passkey.refused": "无法使用该通行密钥登录。请重试，或使用你的密码。",
  "signIn.passkey.unsupported": "此浏览器无法使用通行密钥。请使用你的密码登录。",
  "signIn.passkey.use": "使用通行密钥",
  "signIn.passkey.confirm": "请使用你添加到账户的通行密钥确认是你本人。",
  "signIn.passkey.unsupportedHere": "此浏览器无法使用通行密钥。",
  "signIn.passkey.didNotWork":
    "该通行密钥无效。{codes, select, yes {请重试，或使用验证码。} other {请重试。}}",
  "signIn.passkey.unusable":
    "无法使用你的通行密钥。{codes, select, yes {请重试，或使用验证码。} other {请重试。}}",

  "signIn.code.label": "验证码",
  "signIn.code.hint": "你的身份验证器应用当前显示的 6 位验证码。",
  "signIn.code.invalid": "请输入应用中的 6 位验证码",
  "signIn.code.enter": "请输入你的验证码",
  "signIn.code.enterNow": "请输入应用当前显示的验证码",
  "signIn.code.refused": "该验证码无效",
  "signIn.code.checkFailed": "无法检查你的验证码。请重试。",
  "signIn.code.use": "使用验证码",
  "signIn.code.verify": "验证",
  "signIn.recovery.label": "恢复码",
  "signIn.recovery.hint": "你设置双重身份验证时保存的恢复码之一。每个只能使用一次。",
  "signIn.recovery.invalid": "请输入你的一个恢复码",
  "signIn.recovery.check": "请检查恢复码",
  "signIn.recovery.use": "使用恢复码",
  "signIn.expired": "你的登录用时过长。请重新登录。",

  "signIn.setup.heading": "设置双重身份验证",
  "signIn.setup.required":
    "你的门户要求所有人使用双重身份验证。请现在设置身份验证器应用：之后你将使用密码和应用中的验证码登录。",
  "signIn.setup.preparing": "正在准备你的密钥…",
  "signIn.setup.prepareFailed": "无法准备你的密钥。",
  "signIn.setup.openApp":
    "在手机上打开一个身份验证器应用，例如 2FAS、Aegis、Google Authenticator 或 1Password。",
  "signIn.setup.scan": "用它扫描此二维码。",
  "signIn.setup.qrAlt": "用于你的身份验证器应用的二维码",
  "signIn.setup.qrFailed": "无法显示二维码：请改为输入下方的密钥。",
  "signIn.setup.cantScan": "无法扫描？请输入此密钥",
  "signIn.setup.key": "密钥",
  "signIn.setup.enterCode": "请输入验证码",
  "signIn.setup.checkFailed": "无法检查验证码。请重试。",
  "signIn.setup.confirm": "确认",

  "signIn.codes.heading": "保存你的恢复码",
  "signIn.codes.intro":
    "请把这些恢复码保存在安全的地方，不要和手机放在一起。如果你丢失了身份验证器应用，每个恢复码可以让你登录一次。它们只在此时显示。",
  "signIn.codes.list": "恢复码",
  "signIn.codes.download": "下载",
  "signIn.codes.file": "Gatehouse 恢复码。每个只能使用一次，用来代替验证码。",

  "signIn.portal.heading": "选择门户",
  "signIn.portal.signedInAs": "已登录为 <b>{email}</b>",
  "signIn.portal.forAppAs": "以 <b>{email}</b> 身份继续使用 {app}",
  "signIn.portal.none": "你的账户还不属于任何门户。请让门户所有者邀请你。",
  "signIn.portal.chooseFailed": "无法选择 {portal}。请重试。",
  "signIn.account.chooseFailed": "无法为 {email} 选择 {portal}。请重试。",
  "signIn.account.noPortal": "{app} 无法在此账户的任何门户上使用。",
  "signIn.account.inUse": "正在使用",

  "signIn.session.noAnswer": "Gatehouse 没有响应",
  "signIn.session.checkFailed": "无法检查你的会话。请重试。",
  "signIn.session.signOutFailed": "无法让你退出登录。请重试。",
  "signIn.nav.label": "设置",
  "signIn.nav.developerTools": "开发者工具",

  "signIn.signedOut.title": "已退出登录",
  "signIn.signedOut.heading": "你已退出登录",
  "signIn.signedOut.text": "你的 Gatehouse 会话已结束。你可以关闭此页面。",
};
