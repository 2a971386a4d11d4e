import { Link } from "react-router-dom";
import { useT } from "../hooks/use-intl.ts";
import { paths } from "../paths.ts";

/**
 * The way on from a page that ends something (error, not found): Gatehouse's own home, never an address the
 * request named, which nobody verified (docs/pages.md#error).
 */
export function HomeLink() {
  const t = useT();
  return (
    <p>
      <Link to={paths.home}>{t("consent.homeLink")}</Link>
    </p>
  );
}
