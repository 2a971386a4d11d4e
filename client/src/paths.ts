/** The SPA's routes. The server redirects to `interaction` and `error` (docs/api.md#authorization-endpoint), so they are part of the contract. */
export const paths = {
  home: "/",
  interaction: "/interaction/:id",
  error: "/error",
  /** Where `GET /oauth2/logout` ends when it may not return to the app. */
  signedOut: "/signed-out",
  /** Developer Tools → OAuth 2.0: the current portal's apps (docs/api.md#clients). */
  developerTools: "/developer-tools/oauth",
  registerApp: "/developer-tools/oauth/new",
  editApp: "/developer-tools/oauth/:clientId/edit",
  /** The apps the signed-in person allowed on the current portal. */
  connectedApps: "/connected-apps",
  /** The current portal's security events, for its owners and admins (docs/api.md#audit). */
  audit: "/audit",
  /** The current portal's members, for its owners and admins (docs/pages.md#people). */
  people: "/people",
  /** The signed-in person's profile, password and sessions. */
  account: "/account",
  /** The links below carry their one-time token in the fragment (docs/security.md#one-time-links). */
  setup: "/setup",
  invitation: "/invite",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
} as const;

export function interactionPath(id: string): string {
  return `/interaction/${encodeURIComponent(id)}`;
}

export function editAppPath(clientId: string): string {
  return `/developer-tools/oauth/${encodeURIComponent(clientId)}/edit`;
}
