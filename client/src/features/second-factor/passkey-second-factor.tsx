import type { SessionAnswer } from "@gatehouse/shared";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { useState } from "react";
import type { ApiError } from "../../api/http.ts";
import { getSecondFactorAssertion, isCancelled } from "../../api/passkey-ceremonies.ts";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { Alert } from "../../components/alert.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { throttledMessage } from "../session/sign-in-failure.ts";
import { pendingExpired } from "./code-failure.ts";

interface PasskeySecondFactorProps {
  /** Called with the new session's answer, as after a code. */
  onVerified: (answer: SessionAnswer) => Promise<void>;
  /** The pending sign-in ended: the password is asked again. */
  onExpired: () => void;
  /** The codes offered beside it, named in the failure: "or use a code". */
  withCodes: boolean;
}

/**
 * "Use a passkey" on the second-factor page (docs/pages.md#interaction): the browser's passkey dialog for
 * this person's passkeys, then on as after a code. @see docs/api.md#passkeys
 */
export function PasskeySecondFactor({ onVerified, onExpired, withCodes }: PasskeySecondFactorProps) {
  const t = useT();
  const [unsupported, setUnsupported] = useState(false);
  const codes = withCodes ? "yes" : "no";
  const verify = useAction(
    async () => {
      let response: Awaited<ReturnType<typeof getSecondFactorAssertion>>;
      try {
        response = await getSecondFactorAssertion();
      } catch (error) {
        // Closing the browser's dialog is no failure: the page stays as it was.
        if (isCancelled(error)) return;
        throw error;
      }
      await onVerified(await verifySecondFactor({ method: "passkey", response }));
    },
    {
      failure: (error: ApiError) => {
        // The page says so itself, with "Sign in again".
        if (pendingExpired(error)) return null;
        if (error.status === 401) return t("signIn.passkey.didNotWork", { codes });
        if (error.status === 429) return throttledMessage(error, t);
        return generalFailure(t, error) ?? t("signIn.passkey.unusable", { codes });
      },
      onFailure: (error) => {
        if (pendingExpired(error)) onExpired();
      },
    },
  );

  return (
    <div className="stack-tight">
      {withCodes ? null : <p>{t("signIn.passkey.confirm")}</p>}
      {verify.failure ? <Alert>{verify.failure}</Alert> : null}
      {unsupported ? <Alert>{t("signIn.passkey.unsupportedHere")}</Alert> : null}
      <button
        type="button"
        // Alone it is the step's main action; beside the code form, another way.
        className={withCodes ? "button button-secondary button-block" : "button button-primary button-block"}
        aria-disabled={verify.pending || undefined}
        onClick={() => {
          if (!browserSupportsWebAuthn()) setUnsupported(true);
          else void verify.run();
        }}
      >
        {t("signIn.passkey.use")}
      </button>
    </div>
  );
}
