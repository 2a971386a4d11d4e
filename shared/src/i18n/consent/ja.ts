import type { ConsentMessages } from "./en.ts";

/** 日本語: consent (see ./en.ts). */
export const consentJa: ConsentMessages = {
  "consent.title": "{app} を許可しますか？",
  "consent.heading": "{app} があなたの {portal} アカウントへのアクセスを求めています",
  "consent.headingNoPortal": "{app} があなたのアカウントへのアクセスを求めています",
  "consent.signedInAs": "サインイン中のアカウント",
  "consent.changeProfile": "プロフィールを切り替え",
  "consent.allow": "許可",
  "consent.deny": "拒否",
  "consent.decisionFailed": "選択を記録できませんでした。もう一度お試しください。",
  "consent.signOutFailed": "サインアウトできませんでした。もう一度お試しください。",
  "consent.chooserFailed": "選択画面を表示できませんでした。もう一度お試しください。",
  "consent.unusableRedirect":
    "Gatehouse から移動できないアドレスが返されました。アプリケーションに戻ってください。",
  "consent.scopes.all": "{app} に次のことを許可します:",
  "consent.scopes.new": "新しい権限",
  "consent.scopes.granted": "許可済み",
  "consent.scopes.newBadge": "新規",
  "consent.group.profile": "プロフィール",
  "consent.group.accounts": "アカウント",
  "consent.group.files": "ファイルとフォルダー",
  "consent.group.rooms": "ルーム",
  "consent.group.openid": "OpenID",
  "consent.trust":
    "{app} が信頼できることを確認してください。このアプリと機密情報を共有することになる場合があります。<privacy>プライバシーポリシー</privacy>と<terms>利用規約</terms>をご確認ください。",
  "consent.revokeLater": "アクセスはいつでも<link>連携済みアプリ</link>で取り消せます。",
  "consent.opensInNewTab": "新しいタブで開きます",

  "consent.apps.heading": "連携済みアプリ",
  "consent.apps.intro":
    "{portal} のアカウントへのアクセスを許可したアプリです。アクセスを取り消すとアプリはすぐにサインアウトされ、再び使うにはもう一度許可を求める必要があります。",
  "consent.apps.introNoPortal":
    "このポータルのアカウントへのアクセスを許可したアプリです。アクセスを取り消すとアプリはすぐにサインアウトされ、再び使うにはもう一度許可を求める必要があります。",
  "consent.apps.loading": "アプリを読み込み中…",
  "consent.apps.loadFailed": "連携済みアプリを読み込めませんでした。",
  "consent.apps.empty": "{portal} で許可したアプリはまだありません。",
  "consent.apps.emptyNoPortal": "このポータルで許可したアプリはまだありません。",
  "consent.apps.list": "許可したアプリ",
  "consent.apps.revoked": "{app} はあなたのアカウントにアクセスできなくなりました。",
  "consent.apps.allowedOn": "許可日: {date}",
  "consent.apps.revoke": "取り消す",
  "consent.apps.itCan": "できること:",
  "consent.apps.scopeGroup": "{group}:",
  "consent.apps.revokeTitle": "{app} のアクセスを取り消しますか？",
  "consent.apps.revokeConfirm": "アクセスを取り消す",
  "consent.apps.revokeFailed": "{app} のアクセスを取り消せませんでした。もう一度お試しください。",
  "consent.apps.revokeText":
    "{app} はこのポータルのあなたのアカウントにアクセスできなくなります。再び使うには、もう一度許可してください。",

  "consent.error.heading": "エラー",
  "consent.error.code": "エラーコード",
  "consent.error.badRequest":
    "アプリケーションが Gatehouse で受け付けられないリクエストと共にあなたをここへ送りました。このページを閉じて、アプリケーションに戻ってください。",
  "consent.error.crashed": "このページで問題が発生しました。ページを再読み込みして、もう一度お試しください。",
  "consent.notFound.heading": "ページが見つかりません",
  "consent.notFound.text":
    "このアドレスには何もありません。リンクを確認するか、元のアプリケーションに戻ってください。",
  "consent.home.title": "ホーム",
  "consent.home.intro":
    "Gatehouse は DocSpace アプリへのサインインを行い、各アプリがアクセスできる範囲をあなたが決められるようにします。",
  "consent.home.hint":
    "サインインするには、使いたいアプリケーションを開いてください。アプリケーションからこのページに移動します。",

  "consent.homeLink": "Gatehouse のホームページへ",
  "consent.appIcon": "{app} のアイコン",
  "consent.websiteNewTab": "（新しいタブで開きます）",
  "consent.oneTimeLink.hint": "{time} まで、一度だけ使えます。再表示はされません。",
};
