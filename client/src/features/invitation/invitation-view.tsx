import type { InvitationLookupAnswer } from "@gatehouse/shared/schemas/people";
import { useState } from "react";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { strongEmail } from "../../components/strong-email.tsx";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";
import { SignInJourney } from "../second-factor/sign-in-journey.tsx";
import { SessionCheckFailed } from "../session/session-steps.tsx";
import { useSessionCheck } from "../session/use-session-check.ts";
import { JoinAs } from "./join-as.tsx";
import type { Joining } from "./joining.ts";
import { NewPersonForm } from "./new-person-form.tsx";

interface InvitationViewProps extends Omit<Joining, "email"> {
  invitation: InvitationLookupAnswer;
}

/**
 * A live invitation (docs/pages.md#one-time-links): a new person sets a name and password; someone with an account
 * signs in, then joins.
 */
export function InvitationView({ token, invitation, onJoined, onExpired }: InvitationViewProps) {
  const intl = useIntl();
  const t = useT();
  const { check, retry } = useSessionCheck();
  const user = useSessionStore((state) => state.user);
  const [signingIn, setSigningIn] = useState(false);
  const { portal, email } = invitation;
  const joining = { token, email, onJoined, onExpired };

  return (
    <div className="stack">
      <div className="stack-tight">
        <h1 tabIndex={-1}>{t("people.invitation.join", { portal: portal.name })}</h1>
        <p className="muted">
          {intl.formatMessage({ id: "people.invitation.for" }, { email, strong: strongEmail })}
        </p>
      </div>
      {check.kind === "loading" ? <LoadingStatus /> : null}
      {check.kind === "failed" ? (
        <SessionCheckFailed error={check.error} onRetry={() => void retry()} />
      ) : null}
      {check.kind === "known" && user !== null ? (
        <JoinAs {...joining} user={user} portal={portal.name} />
      ) : null}
      {check.kind === "known" && user === null && !signingIn ? (
        <>
          <NewPersonForm {...joining} />
          <p>
            {t("people.invitation.haveAccount", { email })}{" "}
            <button type="button" className="button-link" onClick={() => setSigningIn(true)}>
              {t("people.invitation.signInToJoin")}
            </button>
          </p>
        </>
      ) : null}
      {check.kind === "known" && user === null && signingIn ? (
        <>
          <SignInJourney initialEmail={email} onSignedIn={async () => setSigningIn(false)} />
          <p>
            {t("people.invitation.newHere")}{" "}
            <button type="button" className="button-link" onClick={() => setSigningIn(false)}>
              {t("people.invitation.createAccount")}
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
