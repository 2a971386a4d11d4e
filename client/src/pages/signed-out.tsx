import { Link } from "react-router-dom";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

/**
 * `/signed-out`: the end of RP-initiated logout when the app gave no return address we can trust. The way back
 * in is Gatehouse's own account page, which asks for sign-in; never the app's unverified address.
 */
export function SignedOutPage() {
  usePageTitle("Signed out");
  return (
    <div className="stack">
      <h1>You are signed out</h1>
      <p>Your Gatehouse session has ended. You can close this page.</p>
      <p>
        <Link to={paths.account}>Sign in again</Link>
      </p>
    </div>
  );
}
