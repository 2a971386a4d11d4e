import type { SignInMessages } from "./en.ts";

/** 日本語: sign-in (see ./en.ts). */
export const signInJa: SignInMessages = {
  "signIn.heading": "サインイン",
  "signIn.submit": "サインイン",
  "signIn.submitting": "サインインしています…",
  "signIn.forgot": "パスワードをお忘れですか？",
  "signIn.incorrect": "メールアドレスまたはパスワードが正しくありません",
  "signIn.failed": "サインイン中に問題が発生しました。もう一度お試しください。",
  "signIn.tooManyLater": "サインインの試行回数が多すぎます。しばらくしてからもう一度お試しください。",
  "signIn.tooManyIn":
    "サインインの試行回数が多すぎます。{unit, select, minute {{amount, plural, other {# 分}}} other {{amount, plural, other {# 秒}}}}後にもう一度お試しください。",
  "signIn.again": "もう一度サインイン",
  "signIn.forApp": "{app} に進むには",
  "signIn.forAppAnother": "別のアカウントで {app} に進むには",
  "signIn.forSettings": "Gatehouse の設定を管理するには",
  "signIn.forSettingsAnother": "別のアカウントで Gatehouse の設定を管理するには",
  "signIn.signedInHere":
    "このブラウザーでサインイン中: {emails}。サインインするとアカウントが追加されます。誰もサインアウトされません。",
  "signIn.othersStay": "このブラウザーでサインインしている人は、全員サインインしたままです。",
  "signIn.returning": "アプリケーションに戻っています…",

  "signIn.passkey.button": "パスキーでサインイン",
  "signIn.passkey.refused":
    "そのパスキーではサインインできませんでした。もう一度お試しいただくか、パスワードを使用してください。",
  "signIn.passkey.unsupported":
    "このブラウザーではパスキーを使用できません。パスワードでサインインしてください。",
  "signIn.passkey.use": "パスキーを使用",
  "signIn.passkey.confirm": "アカウントに追加したパスキーで本人であることを確認してください。",
  "signIn.passkey.unsupportedHere": "このブラウザーではパスキーを使用できません。",
  "signIn.passkey.didNotWork":
    "そのパスキーは使えませんでした。{codes, select, yes {もう一度お試しいただくか、コードを使用してください。} other {もう一度お試しください。}}",
  "signIn.passkey.unusable":
    "パスキーを使用できませんでした。{codes, select, yes {もう一度お試しいただくか、コードを使用してください。} other {もう一度お試しください。}}",

  "signIn.code.label": "認証コード",
  "signIn.code.hint": "認証アプリに今表示されている 6 桁のコードです。",
  "signIn.code.invalid": "アプリに表示された 6 桁のコードを入力してください",
  "signIn.code.enter": "コードを入力してください",
  "signIn.code.enterNow": "アプリに今表示されているコードを入力してください",
  "signIn.code.refused": "そのコードは使えませんでした",
  "signIn.code.checkFailed": "コードを確認できませんでした。もう一度お試しください。",
  "signIn.code.use": "認証コードを使用",
  "signIn.code.verify": "確認",
  "signIn.recovery.label": "リカバリーコード",
  "signIn.recovery.hint":
    "2 段階認証を設定したときに保存したコードのいずれかです。各コードは 1 回だけ使えます。",
  "signIn.recovery.invalid": "リカバリーコードのいずれかを入力してください",
  "signIn.recovery.check": "リカバリーコードを確認してください",
  "signIn.recovery.use": "リカバリーコードを使用",
  "signIn.expired": "サインインに時間がかかりすぎました。もう一度サインインしてください。",

  "signIn.setup.heading": "2 段階認証を設定",
  "signIn.setup.required":
    "あなたのポータルでは、全員に 2 段階認証が必要です。今すぐ認証アプリを設定してください。以後は、パスワードとアプリのコードでサインインします。",
  "signIn.setup.preparing": "キーを準備しています…",
  "signIn.setup.prepareFailed": "キーを準備できませんでした。",
  "signIn.setup.openApp":
    "スマートフォンで認証アプリ（2FAS、Aegis、Google Authenticator、1Password など）を開きます。",
  "signIn.setup.scan": "アプリでこの QR コードをスキャンします。",
  "signIn.setup.qrAlt": "認証アプリ用の QR コード",
  "signIn.setup.qrFailed": "QR コードを表示できませんでした。代わりに下のキーを入力してください。",
  "signIn.setup.cantScan": "スキャンできない場合は、このキーを入力してください",
  "signIn.setup.key": "キー",
  "signIn.setup.enterCode": "コードを入力してください",
  "signIn.setup.checkFailed": "コードを確認できませんでした。もう一度お試しください。",
  "signIn.setup.confirm": "確認",

  "signIn.codes.heading": "リカバリーコードを保存してください",
  "signIn.codes.intro":
    "これらのコードは、スマートフォンとは別の安全な場所に保管してください。認証アプリを失くした場合、各コードで 1 回サインインできます。表示されるのは今回だけです。",
  "signIn.codes.list": "リカバリーコード",
  "signIn.codes.download": "ダウンロード",
  "signIn.codes.file": "Gatehouse のリカバリーコード。各コードは認証コードの代わりに 1 回だけ使えます。",

  "signIn.portal.heading": "ポータルを選択",
  "signIn.portal.signedInAs": "<b>{email}</b> としてサインイン中",
  "signIn.portal.forAppAs": "<b>{email}</b> として {app} に進むには",
  "signIn.portal.none":
    "あなたのアカウントはまだどのポータルにも属していません。ポータルのオーナーに招待を依頼してください。",
  "signIn.portal.chooseFailed": "{portal} を選択できませんでした。もう一度お試しください。",
  "signIn.account.chooseFailed": "{email} で {portal} を選択できませんでした。もう一度お試しください。",
  "signIn.account.noPortal": "{app} は、このアカウントのどのポータルでも使用できません。",
  "signIn.account.inUse": "使用中",

  "signIn.session.noAnswer": "Gatehouse が応答していません",
  "signIn.session.checkFailed": "セッションを確認できませんでした。もう一度お試しください。",
  "signIn.session.signOutFailed": "サインアウトできませんでした。もう一度お試しください。",
  "signIn.nav.label": "設定",
  "signIn.nav.developerTools": "開発者ツール",

  "signIn.signedOut.title": "サインアウト済み",
  "signIn.signedOut.heading": "サインアウトしました",
  "signIn.signedOut.text": "Gatehouse のセッションは終了しました。このページは閉じてかまいません。",
};
