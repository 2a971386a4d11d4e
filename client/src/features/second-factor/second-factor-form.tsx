import type { SessionAnswer } from "@gatehouse/shared";
import {
  type SecondFactorAttempt,
  type SecondFactorMethod,
  secondFactorAttemptSchema,
} from "@gatehouse/shared/schemas/second-factors";
import { type FormEvent, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import type { ApiError } from "../../api/http.ts";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { Alert } from "../../components/alert.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useSessionStore } from "../../stores/session.ts";
import { codeFailure } from "./code-failure.ts";
import { CodeField, type CodeKind } from "./code-field.tsx";

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

function expired(error: ApiError): boolean {
  return error.status === 401 && error.code === "unauthenticated";
}

/** docs/pages.md#interaction, second factor: field "Authentication code", button "Verify", link "Use a recovery code". */
export function SecondFactorForm({ methods, onSignedIn, onExpired }: SecondFactorFormProps) {
  const signedIn = useSessionStore((state) => state.signedIn);
  const { kind, switchTo } = useMethod(methods);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const [gone, setGone] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const verify = useAction(
    async (attempt: SecondFactorAttempt) => {
      const answer = await verifySecondFactor(attempt);
      signedIn(answer);
      await onSignedIn(answer);
    },
    {
      failure: (failure) =>
        expired(failure)
          ? "Your sign-in took too long. Sign in again."
          : codeFailure("Your code could not be checked. Try again.")(failure),
      onFailure: (failure) => {
        setGone(expired(failure));
        setCode("");
        if (failure.status === 401 && failure.code === "invalid_code") {
          setError(kind === "totp" ? "Enter the code your app shows now" : "Check the recovery code");
        }
        field.current?.focus();
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    verify.reset();
    const attempt = secondFactorAttemptSchema.safeParse({ method: kind, code });
    if (!attempt.success) {
      setError(attempt.error.issues[0]?.message ?? "Enter your code");
      field.current?.focus();
      return;
    }
    setError(undefined);
    void verify.run(attempt.data);
  }

  return (
    <>
      {verify.failure ? <Alert>{verify.failure}</Alert> : null}
      {gone ? (
        <div>
          <button type="button" className="button button-primary" onClick={onExpired}>
            Sign in again
          </button>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={submit}>
          <CodeField
            key={kind}
            kind={kind}
            value={code}
            error={error}
            inputRef={field}
            onValueChange={(value) => {
              setCode(value);
              setError(undefined);
            }}
          />
          {switchTo ? (
            <p className="field-aside">
              <Link to={switchTo} replace onClick={() => setError(undefined)}>
                {kind === "totp" ? "Use a recovery code" : "Use an authentication code"}
              </Link>
            </p>
          ) : null}
          <button
            className="button button-primary button-block"
            type="submit"
            aria-disabled={verify.pending || undefined}
          >
            Verify
          </button>
        </form>
      )}
    </>
  );
}
