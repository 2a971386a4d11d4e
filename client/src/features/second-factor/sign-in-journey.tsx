import type { ClientSummary, SessionAnswer } from "@gatehouse/shared";
import type { SecondFactorMethod, SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { type ReactNode, useEffect, useState } from "react";
import { pendingSecondFactor, type SetupDone } from "../../api/second-factors.ts";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { StepBanner } from "../../components/step-banner.tsx";
import { useFocusOnStep } from "../../hooks/use-focus-on-step.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { useSessionStore } from "../../stores/session.ts";
import { SignInForm } from "../session/sign-in-form.tsx";
import { RecoveryCodes } from "./recovery-codes.tsx";
import { RequiredSetup } from "./required-setup.tsx";
import { SecondFactorForm } from "./second-factor-form.tsx";

type Stage =
  | { kind: "resuming" }
  | { kind: "password" }
  | { kind: "verify"; methods: readonly SecondFactorMethod[] }
  | { kind: "setup" }
  | { kind: "codes"; done: SetupDone };

function titleOf(kind: Stage["kind"], t: Translate): string {
  switch (kind) {
    case "resuming":
    case "password":
      return t("signIn.heading");
    case "verify":
      return t("account.twoFactor.heading");
    case "setup":
      return t("signIn.setup.heading");
    case "codes":
      return t("signIn.codes.heading");
  }
}

function stageAfter(needed: SecondFactorNeeded): Stage {
  return "second_factor" in needed ? { kind: "verify", methods: needed.second_factor } : { kind: "setup" };
}

interface SignInJourneyProps {
  /**
   * Under each heading: for whom or for what the sign-in is ("to continue to Demo Notes"). Without one the
   * journey sits inside a page with its own heading: the password step adds none, later steps a second level.
   */
  subtitle?: ReactNode;
  client?: Pick<ClientSummary, "name" | "logo_uri">;
  initialEmail?: string;
  /**
   * The server already waits for a second factor or its set-up (an interaction at `second_factor`, reloaded):
   * the journey asks which (`GET /api/session/second-factor`) and comes back to that step.
   */
  resumed?: boolean;
  /** Called once signed in, the session in the store: exactly what follows a password without a second factor. */
  onSignedIn: (answer: SessionAnswer) => Promise<void>;
}

/**
 * Sign-in as docs/api.md#second-factors sequences it: the password, then the second factor when the account has
 * one, or its set-up and recovery codes when a portal requires one; the keyboard follows each new step.
 */
export function SignInJourney({ subtitle, client, initialEmail, resumed, onSignedIn }: SignInJourneyProps) {
  const t = useT();
  const signedIn = useSessionStore((state) => state.signedIn);
  const [stage, setStage] = useState<Stage>(resumed ? { kind: "resuming" } : { kind: "password" });
  useEffect(() => {
    if (!resumed) return;
    let live = true;
    // Without a pending sign-in any more (expired, finished elsewhere), the password is asked again.
    void pendingSecondFactor().then(
      (needed) => live && setStage(stageAfter(needed)),
      () => live && setStage({ kind: "password" }),
    );
    return () => {
      live = false;
    };
  }, [resumed]);
  const region = useFocusOnStep<HTMLDivElement>(stage.kind, "h1, h2");
  const title = titleOf(stage.kind, t);
  usePageTitle(title);

  return (
    <div ref={region} className="stack">
      {subtitle !== undefined ? (
        <StepBanner title={title} client={client}>
          {subtitle}
        </StepBanner>
      ) : stage.kind !== "password" && stage.kind !== "resuming" ? (
        <h2 tabIndex={-1}>{title}</h2>
      ) : null}
      {stage.kind === "resuming" ? <LoadingStatus /> : null}
      {stage.kind === "password" ? (
        <SignInForm
          initialEmail={initialEmail}
          onSignedIn={onSignedIn}
          onSecondFactor={(needed) => setStage(stageAfter(needed))}
        />
      ) : null}
      {stage.kind === "verify" ? (
        <SecondFactorForm
          methods={stage.methods}
          onSignedIn={onSignedIn}
          onExpired={() => setStage({ kind: "password" })}
        />
      ) : null}
      {stage.kind === "setup" ? (
        <RequiredSetup onConfirmed={(done) => setStage({ kind: "codes", done })} />
      ) : null}
      {stage.kind === "codes" ? (
        <RecoveryCodes
          codes={stage.done.recovery_codes}
          onDone={() => {
            // The session began at the confirmation; the page moves on only once the codes were seen.
            const { user, portals } = stage.done;
            signedIn({ user, portals });
            void onSignedIn({ user, portals });
          }}
        />
      ) : null}
    </div>
  );
}
