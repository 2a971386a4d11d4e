import { usePageTitle } from "../hooks/use-page-title.ts";

/** `/signed-out`: the end of RP-initiated logout when the app gave no return address we can trust. */
export function SignedOutPage() {
  usePageTitle("Signed out");
  return (
    <div className="stack">
      <h1>You are signed out</h1>
      <p>Your Gatehouse session has ended. You can close this page.</p>
    </div>
  );
}
