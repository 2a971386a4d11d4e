import type { SessionAnswer } from "@gatehouse/shared";
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  WebAuthnAbortService,
} from "@simplewebauthn/browser";
import { useEffect, useRef, useState } from "react";
import type { ApiError } from "../../api/http.ts";
import { getPasskeyAssertion, isCancelled } from "../../api/passkey-ceremonies.ts";
import { signInWithPasskey } from "../../api/passkeys.ts";
import { Alert } from "../../components/alert.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";

interface PasskeySignInProps {
  /** Called once signed in, with the session already in the store, as after a password. */
  onSignedIn: (answer: SessionAnswer) => Promise<void>;
}

function passkeyFailure(t: Translate) {
  return (error: ApiError): string | null => {
    if (error.status === 401) return t("signIn.passkey.refused");
    if (error.status === 429) return t("signIn.tooManyLater");
    return generalFailure(t, error) ?? t("signIn.failed");
  };
}

/**
 * "Sign in with a passkey": the browser's passkey dialog, then on as after a password. Where the
 * browser offers it, the email field also suggests passkeys (conditional mediation), so a person
 * who picks one there signs in without the button. @see W3C WebAuthn Level 3 §5.1.4.1
 */
export function PasskeySignIn({ onSignedIn }: PasskeySignInProps) {
  const t = useT();
  const signedIn = useSessionStore((state) => state.signedIn);
  // The latest callback, so the autofill request started once at mount signs in as the page now would.
  const done = useRef(onSignedIn);
  done.current = onSignedIn;
  const [unsupported, setUnsupported] = useState(false);

  async function finish(autofill: boolean) {
    let response: Awaited<ReturnType<typeof getPasskeyAssertion>>;
    try {
      response = await getPasskeyAssertion(autofill);
    } catch (error) {
      // Closing the dialog, or the button taking over from the autofill request, is no failure.
      if (isCancelled(error) || (error instanceof Error && error.name === "AbortError")) return;
      throw error;
    }
    const answer = await signInWithPasskey(response);
    signedIn(answer);
    await done.current(answer);
  }
  const withButton = useAction(() => finish(false), { failure: passkeyFailure(t) });
  const withAutofill = useAction(() => finish(true), { failure: passkeyFailure(t) });
  const startAutofill = useRef(withAutofill.run);
  startAutofill.current = withAutofill.run;

  useEffect(() => {
    let live = true;
    void browserSupportsWebAuthnAutofill().then((supported) => {
      if (supported && live) void startAutofill.current();
    });
    return () => {
      live = false;
      WebAuthnAbortService.cancelCeremony();
    };
  }, []);

  const failure = withButton.failure ?? withAutofill.failure;
  return (
    <div className="stack-tight">
      {failure ? <Alert>{failure}</Alert> : null}
      {unsupported ? <Alert>{t("signIn.passkey.unsupported")}</Alert> : null}
      <button
        type="button"
        className="button button-secondary button-block"
        disabled={withButton.pending}
        onClick={() => {
          if (!browserSupportsWebAuthn()) setUnsupported(true);
          else void withButton.run();
        }}
      >
        {t("signIn.passkey.button")}
      </button>
    </div>
  );
}
