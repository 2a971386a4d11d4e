import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";

/** `/`: what this server is, for a person who lands here without an app. */
export function HomePage() {
  const t = useT();
  usePageTitle(t("consent.home.title"));
  return (
    <div className="stack">
      {/* The product's name, the same in every language. */}
      <h1>Gatehouse</h1>
      <p>{t("consent.home.intro")}</p>
      <p className="muted">{t("consent.home.hint")}</p>
    </div>
  );
}
