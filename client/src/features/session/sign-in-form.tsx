import type { SessionAnswer } from "@gatehouse/shared";
import type { SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router-dom";
import { signIn } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { Field } from "../../components/field.tsx";
import { PasswordField } from "../../components/password-field.tsx";
import { SubmitButton } from "../../components/submit-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { paths } from "../../paths.ts";
import { useSessionStore } from "../../stores/session.ts";
import { PasskeySignIn } from "./passkey-sign-in.tsx";
import { signInFailure } from "./sign-in-failure.ts";

interface SignInFormProps {
  initialEmail?: string;
  /** Called once signed in, with the session already in the store; the caller decides what comes next. */
  onSignedIn: (answer: SessionAnswer) => Promise<void>;
  /** The password was right and a second factor comes next, or must be set up first (docs/api.md#second-factors). */
  onSecondFactor: (needed: SecondFactorNeeded) => void;
}

/**
 * docs/pages.md, sign-in: fields "Email" and "Password" (with "Show password"), link "Forgot password?", button
 * "Sign in". The keyboard starts in the first field left to fill; wrong credentials mark both fields invalid,
 * named by the one alert, and put the keyboard back in Password.
 */
export function SignInForm({ initialEmail = "", onSignedIn, onSecondFactor }: SignInFormProps) {
  const t = useT();
  const signedIn = useSessionStore((state) => state.signedIn);
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [rejected, setRejected] = useState(false);
  const alertId = useId();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const submit = useAction(
    async () => {
      const answer = await signIn({ email, password });
      if (!("user" in answer)) {
        onSecondFactor(answer);
        return;
      }
      signedIn(answer);
      await onSignedIn(answer);
    },
    {
      failure: signInFailure(t),
      onFailure: (error) => {
        setPassword("");
        setRejected(error.status === 401);
        passwordInput.current?.focus();
      },
    },
  );

  // Once, when the form appears: the email the request suggested is kept, so the password is what is left.
  useEffect(() => {
    (initialEmail === "" ? emailInput : passwordInput).current?.focus();
  }, [initialEmail]);

  const invalid = rejected || undefined;
  const describedBy = rejected ? alertId : undefined;
  return (
    <>
      {submit.failure ? <Alert id={alertId}>{submit.failure}</Alert> : null}
      <form
        className="stack"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit.run();
        }}
      >
        <Field
          ref={emailInput}
          label={t("common.email")}
          type="email"
          name="email"
          autoComplete="username webauthn"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setEmail(event.target.value);
            setRejected(false);
          }}
        />
        <PasswordField
          inputRef={passwordInput}
          label={t("common.password")}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onValueChange={(value) => {
            setPassword(value);
            setRejected(false);
          }}
        />
        <p className="field-aside">
          <Link to={paths.forgotPassword}>{t("signIn.forgot")}</Link>
        </p>
        <SubmitButton pending={submit.pending} pendingLabel={t("signIn.submitting")} block>
          {t("signIn.submit")}
        </SubmitButton>
      </form>
      <PasskeySignIn onSignedIn={onSignedIn} />
    </>
  );
}
