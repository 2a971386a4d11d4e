import type { Interaction } from "@gatehouse/shared";
import { AppIcon } from "../components/app-icon.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { SignInForm } from "../components/sign-in-form.tsx";

interface SignInPageProps {
  interaction: Interaction;
  /** Called once signed in: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/** Contract §10, sign-in: heading "Sign in", fields "Email" and "Password", button "Sign in". */
export function SignInPage({ interaction, onProgress }: SignInPageProps) {
  usePageTitle("Sign in");
  return (
    <div className="stack">
      <div className="app-banner">
        <AppIcon client={interaction.client} />
        <div>
          <h1 tabIndex={-1}>Sign in</h1>
          <p className="muted">to continue to {interaction.client.name}</p>
        </div>
      </div>
      <SignInForm
        initialEmail={interaction.login_hint ?? interaction.user?.email ?? ""}
        onSignedIn={onProgress}
      />
    </div>
  );
}
