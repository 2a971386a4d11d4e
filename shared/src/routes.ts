/**
 * The SPA's page routes, one list for the client's router and the server that serves `index.html`: a path that
 * matches none is the not-found page, answered `404` (docs/pages.md#not-found). The server redirects to
 * `interaction` and `error` (docs/api.md#authorization-endpoint), so they are part of the contract.
 */
export const pageRoutes = {
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

function segments(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

const patterns = Object.values(pageRoutes).map(segments);

/**
 * Whether the SPA's router shows a page of its own at `pathname` (not its not-found page). Matched as
 * react-router does: case-insensitively, a trailing slash ignored, `:param` standing for one non-empty segment.
 */
export function isPageRoute(pathname: string): boolean {
  const parts = segments(pathname.toLowerCase());
  return patterns.some(
    (pattern) =>
      pattern.length === parts.length &&
      pattern.every((segment, index) => segment.startsWith(":") || segment.toLowerCase() === parts[index]),
  );
}
