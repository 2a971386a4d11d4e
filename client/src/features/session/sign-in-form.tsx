import type { SessionAnswer } from "@gatehouse/shared";
import type { SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { signIn } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { Field } from "../../components/field.tsx";
import { useAction } from "../../hooks/use-action.ts";
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

/** docs/pages.md, sign-in: fields "Email" and "Password", link "Forgot password?", button "Sign in", the alert for wrong credentials. */
export function SignInForm({ initialEmail = "", onSignedIn, onSecondFactor }: SignInFormProps) {
  const signedIn = useSessionStore((state) => state.signedIn);
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
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
    { failure: signInFailure, onFailure: () => setPassword("") },
  );

  return (
    <>
      {submit.failure ? <Alert>{submit.failure}</Alert> : null}
      <form
        className="stack"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit.run();
        }}
      >
        <Field
          label="Email"
          type="email"
          name="email"
          autoComplete="username webauthn"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p className="field-aside">
          <Link to={paths.forgotPassword}>Forgot password?</Link>
        </p>
        <button className="button button-primary button-block" type="submit" disabled={submit.pending}>
          Sign in
        </button>
      </form>
      <PasskeySignIn onSignedIn={onSignedIn} />
    </>
  );
}
