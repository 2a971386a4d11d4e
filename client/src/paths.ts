/** The SPA's routes. The server redirects to `interaction` and `error` (contract §5), so they are part of the contract. */
export const paths = {
  home: "/",
  interaction: "/interaction/:id",
  error: "/error",
} as const;

export function interactionPath(id: string): string {
  return `/interaction/${encodeURIComponent(id)}`;
}
