import type { Interaction } from "@gatehouse/shared";
import { SignInJourney } from "../second-factor/sign-in-journey.tsx";

interface SignInStepProps {
  interaction: Interaction;
  /** The interaction is at `second_factor`: the password was given, its second factor or set-up is asked. */
  resumed?: boolean;
  /** Called once signed in: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/**
 * docs/pages.md#interaction, sign-in: heading "Sign in", fields "Email" and "Password", button "Sign in"; then,
 * with a second factor, heading "Two-factor authentication".
 */
export function SignInStep({ interaction, resumed, onProgress }: SignInStepProps) {
  return (
    <SignInJourney
      subtitle={`to continue to ${interaction.client.name}`}
      client={interaction.client}
      initialEmail={interaction.login_hint ?? interaction.user?.email ?? ""}
      resumed={resumed}
      onSignedIn={onProgress}
    />
  );
}
