import { HomeLink } from "../components/home-link.tsx";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";

/** Any path the SPA does not know. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t("consent.notFound.heading"));
  return (
    <div className="stack">
      <h1>{t("consent.notFound.heading")}</h1>
      <p>{t("consent.notFound.text")}</p>
      <HomeLink />
    </div>
  );
}
