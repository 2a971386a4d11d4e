import type { SessionAnswer } from "@gatehouse/shared";
import type { CodeAttempt, SecondFactorMethod } from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { Alert } from "../../components/alert.tsx";
import { SubmitButton } from "../../components/submit-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useCheckedField } from "../../hooks/use-checked-field.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";
import { codeFailure, codeRefused, pendingExpired } from "./code-failure.ts";
import { CodeField, type CodeKind } from "./code-field.tsx";
import { codeSchema } from "./code-schemas.ts";
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

/**
 * docs/pages.md#interaction, second factor: field "Authentication code", button "Verify", link "Use a recovery
 * code" (with an authenticator app), and button "Use a passkey" (with a passkey).
 */
export function SecondFactorForm({ methods, onSignedIn, onExpired }: SecondFactorFormProps) {
  const t = useT();
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
      pendingExpired(failure) ? null : codeFailure(t("signIn.code.checkFailed"), t)(failure),
    onFailure: (failure) => {
      setGone(pendingExpired(failure));
      const hint = kind === "totp" ? t("signIn.code.enterNow") : t("signIn.recovery.check");
      code.refuse(codeRefused(failure) ? hint : undefined);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    verify.reset();
    const checked = code.checked(codeSchema(kind, t), t("signIn.code.enter"));
    if (checked !== null) void verify.run({ method: kind, code: checked });
  }

  if (gone) {
    return (
      <>
        <Alert>{t("signIn.expired")}</Alert>
        <div>
          <button type="button" className="button button-primary" onClick={onExpired}>
            {t("signIn.again")}
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
                {kind === "totp" ? t("signIn.recovery.use") : t("signIn.code.use")}
              </Link>
            </p>
          ) : null}
          <SubmitButton pending={verify.pending} block>
            {t("signIn.code.verify")}
          </SubmitButton>
        </form>
      ) : null}
      {methods.includes("passkey") ? (
        <PasskeySecondFactor onVerified={verified} onExpired={() => setGone(true)} withCodes={withCodes} />
      ) : null}
    </>
  );
}
