import type { SessionAnswer } from "@gatehouse/shared";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import type { ApiError } from "../../api/http.ts";
import { signIn } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { Field } from "../../components/field.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { paths } from "../../paths.ts";
import { useSessionStore } from "../../stores/session.ts";
import { PasskeySignIn } from "./passkey-sign-in.tsx";

interface SignInFormProps {
  initialEmail?: string;
  /** Called once signed in, with the session already in the store; the caller decides what comes next. */
  onSignedIn: (answer: SessionAnswer) => Promise<void>;
}

function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

function signInFailure(error: ApiError): string {
  if (error.status === 401) return "Incorrect email or password";
  if (error.status === 429) {
    const wait = error.retryAfter === undefined ? "later" : `in ${waitText(error.retryAfter)}`;
    return `Too many sign-in attempts. Try again ${wait}.`;
  }
  return error.description ?? "Something went wrong while signing you in. Try again.";
}

/** docs/pages.md, sign-in: fields "Email" and "Password", link "Forgot password?", button "Sign in", the alert for wrong credentials. */
export function SignInForm({ initialEmail = "", onSignedIn }: SignInFormProps) {
  const signedIn = useSessionStore((state) => state.signedIn);
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const submit = useAction(
    async () => {
      const answer = await signIn({ email, password });
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
