import type { Interaction } from "@gatehouse/shared";
import { useState } from "react";
import { useIntl } from "../../hooks/use-intl.ts";
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
 * with a second factor, heading "Two-factor authentication". With someone signed in already, signing in adds
 * an account, and "Use another account" empties the email the request suggested (docs/pages.md#several-accounts).
 */
export function SignInStep({ interaction, resumed, onProgress }: SignInStepProps) {
  const intl = useIntl();
  const suggested = interaction.login_hint ?? interaction.user?.email ?? "";
  const [email, setEmail] = useState(suggested);
  const signedIn = interaction.accounts ?? [];
  return (
    <div className="stack">
      <SignInJourney
        // A new email starts the form afresh: the field is filled once, when the form mounts.
        key={email}
        subtitle={intl.formatMessage({ id: "signIn.forApp" }, { app: interaction.client.name })}
        client={interaction.client}
        initialEmail={email}
        resumed={resumed}
        onSignedIn={onProgress}
      />
      {signedIn.length > 0 && !resumed ? (
        <>
          <p className="muted signed-in-note">
            {intl.formatMessage(
              { id: "signIn.signedInHere" },
              {
                // A list in the page's language: "a, b, c" in English, "a、b、c" in Japanese.
                emails: intl.formatList(
                  signedIn.map((account) => account.email),
                  { type: "unit", style: "short" },
                ),
              },
            )}
          </p>
          {email !== "" ? (
            <button type="button" className="button button-secondary" onClick={() => setEmail("")}>
              {intl.formatMessage({ id: "accountBar.useAnother" })}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
