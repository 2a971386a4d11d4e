import type { Interaction } from "@gatehouse/shared";
import { StepBanner } from "../../components/step-banner.tsx";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { SignInForm } from "../session/sign-in-form.tsx";

interface SignInStepProps {
  interaction: Interaction;
  /** Called once signed in: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/** docs/pages.md#interaction, sign-in: heading "Sign in", fields "Email" and "Password", button "Sign in". */
export function SignInStep({ interaction, onProgress }: SignInStepProps) {
  usePageTitle("Sign in");
  return (
    <div className="stack">
      <StepBanner title="Sign in" client={interaction.client}>
        to continue to {interaction.client.name}
      </StepBanner>
      <SignInForm
        initialEmail={interaction.login_hint ?? interaction.user?.email ?? ""}
        onSignedIn={onProgress}
      />
    </div>
  );
}
