import { HomeLink } from "../components/home-link.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";

/** Any path the SPA does not know. */
export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Check the link, or return to the application you came from.</p>
      <HomeLink />
    </div>
  );
}
