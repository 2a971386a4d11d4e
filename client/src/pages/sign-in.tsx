import type { Interaction } from "@gatehouse/shared";
import { type FormEvent, useState } from "react";
import { type ApiError, toApiError } from "../api/http.ts";
import { signIn } from "../api/session.ts";
import { Alert } from "../components/alert.tsx";
import { AppIcon } from "../components/app-icon.tsx";
import { Field } from "../components/field.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { useSessionStore } from "../stores/session.ts";

interface SignInPageProps {
  interaction: Interaction;
  /** Called once signed in: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
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

/** Contract §10, sign-in: heading "Sign in", fields "Email" and "Password", button "Sign in". */
export function SignInPage({ interaction, onProgress }: SignInPageProps) {
  usePageTitle("Sign in");
  const signedIn = useSessionStore((state) => state.signedIn);
  const [email, setEmail] = useState(interaction.login_hint ?? interaction.user?.email ?? "");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      signedIn(await signIn({ email, password }));
    } catch (cause) {
      setFailure(signInFailure(await toApiError(cause)));
      setPassword("");
      setPending(false);
      return;
    }
    await onProgress();
    setPending(false);
  }

  return (
    <div className="stack">
      <div className="app-banner">
        <AppIcon client={interaction.client} />
        <div>
          <h1 tabIndex={-1}>Sign in</h1>
          <p className="muted">to continue to {interaction.client.name}</p>
        </div>
      </div>
      {failure ? <Alert>{failure}</Alert> : null}
      <form className="stack" onSubmit={submit}>
        <Field
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
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
        <button className="button button-primary button-block" type="submit" disabled={pending}>
          Sign in
        </button>
      </form>
    </div>
  );
}
