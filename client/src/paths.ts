/** The SPA's routes. The server redirects to `interaction` and `error` (contract §5), so they are part of the contract. */
export const paths = {
  home: "/",
  interaction: "/interaction/:id",
  error: "/error",
  /** Where `GET /oauth2/logout` ends when it may not return to the app. */
  signedOut: "/signed-out",
} as const;

export function interactionPath(id: string): string {
  return `/interaction/${encodeURIComponent(id)}`;
}
