import type { AppsMessages } from "./en.ts";

/** 日本語: apps (see ./en.ts). */
export const appsJa: AppsMessages = {
  "apps.eyebrow": "開発者ツール",
  "apps.eyebrowForm": "開発者ツール · OAuth 2.0",
  "apps.list.pageTitle": "OAuth 2.0 – 開発者ツール",
  "apps.list.heading": "OAuth 2.0",
  "apps.list.intro":
    "Gatehouse でユーザーをサインインさせ、ユーザーに代わって DocSpace API を使うアプリケーションを登録します。ここで登録したアプリは {portal} に属します。アプリを無効にするか削除すると、ユーザーがそのアプリに与えた許可はすべて終了します。",
  "apps.list.introNoPortal":
    "Gatehouse でユーザーをサインインさせ、ユーザーに代わって DocSpace API を使うアプリケーションを登録します。ここで登録したアプリはこのポータルに属します。アプリを無効にするか削除すると、ユーザーがそのアプリに与えた許可はすべて終了します。",
  "apps.list.loading": "アプリを読み込んでいます…",
  "apps.list.loadFailed": "アプリを読み込めませんでした。",
  "apps.list.forbidden": "アプリを管理できるのは {portal} のオーナーと管理者だけです。",
  "apps.list.forbiddenNoPortal": "アプリを管理できるのはこのポータルのオーナーと管理者だけです。",
  "apps.list.registered": "登録済みのアプリ",
  "apps.list.empty":
    "{portal} にはまだアプリが登録されていません。アプリを登録すると、Gatehouse でユーザーをサインインさせられるようになります。",
  "apps.list.emptyNoPortal":
    "このポータルにはまだアプリが登録されていません。アプリを登録すると、Gatehouse でユーザーをサインインさせられるようになります。",
  "apps.list.deleted": "{app} を削除しました。",
  "apps.list.saved": "{app} を保存しました。",

  "apps.row.public": "パブリッククライアント (PKCE)",
  "apps.row.confidential": "コンフィデンシャルクライアント",
  "apps.row.disabled": "無効",
  "apps.row.enabled": "有効",
  "apps.row.edit": "編集",
  "apps.row.regenerate": "シークレットを再生成",
  "apps.row.delete": "削除",
  "apps.row.disableFailed": "{app} を無効にできませんでした。",
  "apps.row.enableFailed": "{app} を有効にできませんでした。",

  "apps.credentials.clientId": "クライアント ID",
  "apps.credentials.clientIdCopy": "クライアント ID",
  "apps.credentials.clientSecret": "クライアントシークレット",
  "apps.credentials.shownOnce":
    "このシークレットは二度と表示されません。今すぐコピーして安全に保管してください。",
  "apps.credentials.label": "認証情報",
  "apps.regenerate.title": "{app} のシークレットを再生成しますか？",
  "apps.regenerate.confirm": "新しいシークレットを作成",
  "apps.regenerate.text":
    "現在のシークレットはすぐに使えなくなります。{app} は新しいシークレットを受け取るまで、コードの引き換えもトークンの更新もできません。",
  "apps.regenerate.newSecret": "{app} の新しいクライアントシークレット",
  "apps.delete.title": "{app} を削除しますか？",
  "apps.delete.confirm": "アプリを削除",
  "apps.delete.text":
    "{app} を許可したすべてのユーザーの許可が失われ、そのトークンはすぐに使えなくなります。この操作は元に戻せません。",

  "apps.register.heading": "新しいアプリケーションを登録",
  "apps.register.intro":
    "ユーザーが許可すると、このアプリは {portal} のユーザーをサインインさせられるようになります。",
  "apps.register.introNoPortal":
    "ユーザーが許可すると、このアプリはこのポータルのユーザーをサインインさせられるようになります。",
  "apps.registered.pageTitle": "アプリケーションを登録しました",
  "apps.registered.heading": "{app} を登録しました",
  "apps.registered.public":
    "{app} はパブリッククライアントのため、クライアントシークレットはありません。代わりに、サインインのたびに PKCE で証明します。",
  "apps.edit.heading": "{app} を編集",
  "apps.edit.headingLoading": "アプリケーションを編集",
  "apps.edit.notFound": "{portal} にそのアプリはありません。",
  "apps.edit.notFoundNoPortal": "このポータルにそのアプリはありません。",
  "apps.edit.loadFailed": "アプリを読み込めませんでした。",
  "apps.edit.back": "アプリ一覧に戻る",

  "apps.form.save": "保存",
  "apps.form.sessionEnded":
    "セッションが終了しました。ページを再読み込みして、もう一度サインインしてください。",
  "apps.form.saveFailed": "アプリを保存できませんでした。もう一度お試しください。",
  "apps.form.basic": "基本情報",
  "apps.form.name": "アプリ名",
  "apps.form.nameHint": "3～256 文字。同意ページでユーザーに表示されます。",
  "apps.form.websiteUrl": "ウェブサイトの URL",
  "apps.form.description": "説明",
  "apps.form.descriptionHint": "任意、最大 255 文字 ({count} 文字使用)。",
  "apps.form.signIn": "サインイン",
  "apps.form.redirectUris": "リダイレクト URL",
  "apps.form.redirectUrisHint":
    "ユーザーが選択した後に Gatehouse が戻す先です。完全一致で照合されます。https、または localhost と 127.0.0.1 では http。",
  "apps.form.redirectUrisAdded": "追加したリダイレクト URL",
  "apps.form.allowedOrigins": "許可するオリジン",
  "apps.form.allowedOriginsHint":
    "トークンエンドポイントと API を呼び出せるページのウェブオリジン (scheme://host[:port])。",
  "apps.form.allowedOriginsAdded": "追加した許可するオリジン",
  "apps.form.add": "追加",
  "apps.form.removeEntry": "{entry} を削除",
  "apps.form.allowPkce": "パブリッククライアントを許可 (PKCE)",
  "apps.form.allowPkceHint":
    "シークレットを安全に保管できないシングルページアプリやモバイルアプリ向けです。アプリにはクライアントシークレットが発行されず、PKCE を使う必要があります。",
  "apps.form.portals": "ポータル",
  "apps.form.otherPortals": "他のポータルでも利用可能",
  "apps.form.otherPortalsHint":
    "オフの場合、アプリはこのポータルでのみ使えます。ここにアカウントのないユーザーは拒否されます。再び非公開にすると、他のポータルでの許可は終了します。",
  "apps.form.legal": "法的情報",
  "apps.form.policyUrl": "プライバシーポリシーの URL",
  "apps.form.termsUrl": "利用規約の URL",

  "apps.icon.label": "アプリのアイコン",
  "apps.icon.choose": "アイコンを選択",
  "apps.icon.none": "アイコンが選択されていません",
  "apps.icon.noneNew": "新しいアイコンが選択されていません",
  "apps.icon.preview": "アプリのアイコンのプレビュー",
  "apps.icon.hint": "ちょうど 32×32 ピクセルの JPG、PNG、SVG 画像 (256 KB まで)。",
  "apps.icon.hintKeep":
    "ちょうど 32×32 ピクセルの JPG、PNG、SVG 画像 (256 KB まで)。現在のアイコンのままにするには空欄にしてください。",
  "apps.icon.unreadable": "ファイルを読み込めませんでした。別のファイルを選択してください。",

  "apps.scopes.heading": "アクセス",
  "apps.scopes.legend": "アクセススコープ",
  "apps.scopes.hint": "アプリがユーザーに求めてよいもの。書き込みには読み取りが含まれます。",
  "apps.scopes.scope": "スコープ",
  "apps.scopes.read": "読み取り",
  "apps.scopes.write": "書き込み",
  "apps.scopes.readLine": "読み取り: {description}",
  "apps.scopes.writeLine": "書き込み: {description}",
  "apps.scopes.openidRow": "{group}: <code>{scope}</code>",
  "apps.alg.label": "ID トークンの署名アルゴリズム",
  "apps.alg.hint":
    "アプリの OpenID ライブラリが ES256 に対応するよう設定されていない限り、RS256 のままにしてください。",
  "apps.alg.RS256": "RS256 (RSA、OpenID の既定)",
  "apps.alg.ES256": "ES256 (楕円曲線 P-256)",

  "apps.error.check": "この項目を確認してください",
  "apps.error.nameLength": "アプリ名は 3～256 文字にしてください",
  "apps.error.websiteUrlTooLong": "ウェブサイトの URL が長すぎます",
  "apps.error.websiteUrlInvalid": "ウェブサイトの URL は http(s) の絶対 URL にしてください",
  "apps.error.policyUrlTooLong": "プライバシーポリシーの URL が長すぎます",
  "apps.error.policyUrlInvalid": "プライバシーポリシーの URL は http(s) の絶対 URL にしてください",
  "apps.error.termsUrlTooLong": "利用規約の URL が長すぎます",
  "apps.error.termsUrlInvalid": "利用規約の URL は http(s) の絶対 URL にしてください",
  "apps.error.logoMissing": "アプリのアイコンを選択してください",
  "apps.error.logoTooLarge": "アプリのアイコンは 256 KB 以下にしてください",
  "apps.error.logoNotAnImage": "アプリのアイコンは JPG、PNG、SVG 画像にしてください",
  "apps.error.logoSize":
    "アプリのアイコンはちょうど 32×32 ピクセルにしてください (この画像は {width}×{height} です)",
  "apps.error.descriptionTooLong": "説明は 255 文字以内にしてください",
  "apps.error.scopesMissing": "アクセススコープを 1 つ以上選択してください",
  "apps.error.redirectMissing": "リダイレクト URL を入力してください",
  "apps.error.redirectTooLong": "リダイレクト URL が長すぎます",
  "apps.error.redirectNotAbsolute": "リダイレクト URL は絶対 URL にしてください",
  "apps.error.redirectFragment": "リダイレクト URL にフラグメントを含めないでください",
  "apps.error.redirectCredentials": "リダイレクト URL にユーザー名やパスワードを含めないでください",
  "apps.error.redirectHttps":
    "リダイレクト URL には https を使ってください (http は localhost または 127.0.0.1 のみ)",
  "apps.error.redirectCheck": "このリダイレクト URL を確認してください",
  "apps.error.redirectNone": "リダイレクト URL を 1 つ以上追加してください",
  "apps.error.redirectTooMany": "リダイレクト URL は {max, plural, other {# 個}}までにしてください",
  "apps.error.redirectTwice": "このリダイレクト URL はすでに追加されています",
  "apps.error.redirectRepeated": "同じリダイレクト URL は 1 回だけ追加できます",
  "apps.error.originMissing": "オリジンを入力してください",
  "apps.error.originInvalid":
    "許可するオリジンは scheme://host[:port] の形式にしてください (パスや末尾のスラッシュは不可)",
  "apps.error.originCheck": "この許可するオリジンを確認してください",
  "apps.error.originNone": "許可するオリジンを 1 つ以上追加してください",
  "apps.error.originTooMany": "許可するオリジンは {max, plural, other {# 個}}までにしてください",
  "apps.error.originTwice": "この許可するオリジンはすでに追加されています",
  "apps.error.originRepeated": "同じ許可するオリジンは 1 回だけ追加できます",
};
