import { pageRoutes } from "@gatehouse/shared/routes";

/**
 * The SPA's routes. The list lives in `shared/` because the server must know it too: it answers any other
 * path with the not-found page and status `404` (docs/pages.md#not-found).
 */
export const paths = pageRoutes;

export function interactionPath(id: string): string {
  return `/interaction/${encodeURIComponent(id)}`;
}

export function editAppPath(clientId: string): string {
  return `/developer-tools/oauth/${encodeURIComponent(clientId)}/edit`;
}
