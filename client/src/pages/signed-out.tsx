import { Link } from "react-router-dom";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

/**
 * `/signed-out`: the end of RP-initiated logout when the app gave no return address we can trust. The way back
 * in is Gatehouse's own account page, which asks for sign-in; never the app's unverified address.
 */
export function SignedOutPage() {
  const t = useT();
  usePageTitle(t("signIn.signedOut.title"));
  return (
    <div className="stack">
      <h1>{t("signIn.signedOut.heading")}</h1>
      <p>{t("signIn.signedOut.text")}</p>
      <p>
        <Link to={paths.account}>{t("signIn.again")}</Link>
      </p>
    </div>
  );
}
