import { usePageTitle } from "../hooks/use-page-title.ts";

/** `/`: what this server is, for a person who lands here without an app. */
export function HomePage() {
  usePageTitle("Home");
  return (
    <div className="stack">
      <h1>Gatehouse</h1>
      <p>Gatehouse signs you in to DocSpace apps and lets you decide what each app may access.</p>
      <p className="muted">To sign in, open the application you want to use; it will bring you here.</p>
    </div>
  );
}
