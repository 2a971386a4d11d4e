import type { SessionAnswer } from "@gatehouse/shared";
import {
  type CodeAttempt,
  recoveryCodeSchema,
  type SecondFactorMethod,
  totpCodeSchema,
} from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { Alert } from "../../components/alert.tsx";
import { SubmitButton } from "../../components/submit-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useCheckedField } from "../../hooks/use-checked-field.ts";
import { useSessionStore } from "../../stores/session.ts";
import { codeFailure, pendingExpired } from "./code-failure.ts";
import { CodeField, type CodeKind } from "./code-field.tsx";
import { PasskeySecondFactor } from "./passkey-second-factor.tsx";

interface SecondFactorFormProps {
  /** What the password step answered the person may use (docs/api.md#second-factors). */
  methods: readonly SecondFactorMethod[];
  onSignedIn: (answer: SessionAnswer) => Promise<void>;
  /** The pending sign-in ended (5 minutes, or another tab): the password is asked again. */
  onExpired: () => void;
}

/** The method lives in the address, so "Use a recovery code" is a real link and a reload keeps it. */
function useMethod(methods: readonly SecondFactorMethod[]) {
  const [params] = useSearchParams();
  const recovery = methods.includes("recovery_code");
  const kind: CodeKind = recovery && params.get("method") === "recovery_code" ? "recovery_code" : "totp";
  const other = new URLSearchParams(params);
  if (kind === "totp") other.set("method", "recovery_code");
  else other.delete("method");
  return { kind, switchTo: recovery ? `?${other.toString()}` : null };
}

const CODE_SCHEMAS = { totp: totpCodeSchema, recovery_code: recoveryCodeSchema } as const;

/**
 * docs/pages.md#interaction, second factor: field "Authentication code", button "Verify", link "Use a recovery
 * code" (with an authenticator app), and button "Use a passkey" (with a passkey).
 */
export function SecondFactorForm({ methods, onSignedIn, onExpired }: SecondFactorFormProps) {
  const signedIn = useSessionStore((state) => state.signedIn);
  const { kind, switchTo } = useMethod(methods);
  const withCodes = methods.includes("totp");
  const code = useCheckedField();
  const [gone, setGone] = useState(false);
  async function verified(answer: SessionAnswer) {
    signedIn(answer);
    await onSignedIn(answer);
  }
  const verify = useAction(async (attempt: CodeAttempt) => verified(await verifySecondFactor(attempt)), {
    failure: (failure) =>
      pendingExpired(failure) ? null : codeFailure("Your code could not be checked. Try again.")(failure),
    onFailure: (failure) => {
      setGone(pendingExpired(failure));
      const refused = failure.status === 401 && failure.code === "invalid_code";
      const hint = kind === "totp" ? "Enter the code your app shows now" : "Check the recovery code";
      code.refuse(refused ? hint : undefined);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    verify.reset();
    const checked = code.checked(CODE_SCHEMAS[kind], "Enter your code");
    if (checked !== null) void verify.run({ method: kind, code: checked });
  }

  if (gone) {
    return (
      <>
        <Alert>Your sign-in took too long. Sign in again.</Alert>
        <div>
          <button type="button" className="button button-primary" onClick={onExpired}>
            Sign in again
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {verify.failure ? <Alert>{verify.failure}</Alert> : null}
      {withCodes ? (
        <form className="stack" noValidate onSubmit={submit}>
          <CodeField key={kind} kind={kind} {...code.field} />
          {switchTo ? (
            <p className="field-aside">
              <Link to={switchTo} replace onClick={code.clearError}>
                {kind === "totp" ? "Use a recovery code" : "Use an authentication code"}
              </Link>
            </p>
          ) : null}
          <SubmitButton pending={verify.pending} block>
            Verify
          </SubmitButton>
        </form>
      ) : null}
      {methods.includes("passkey") ? (
        <PasskeySecondFactor onVerified={verified} onExpired={() => setGone(true)} withCodes={withCodes} />
      ) : null}
    </>
  );
}
