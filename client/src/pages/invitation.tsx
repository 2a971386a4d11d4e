import { type ReactNode, useCallback, useState } from "react";
import { lookupInvitation } from "../api/invitations.ts";
import { LoadFailure } from "../components/load-failure.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { InvitationDead } from "../features/invitation/invitation-dead.tsx";
import { InvitationJoined } from "../features/invitation/invitation-joined.tsx";
import { InvitationView } from "../features/invitation/invitation-view.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useHashToken } from "../hooks/use-hash-token.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";

type Outcome = "open" | "joined" | "expired";

/** `/invite#<token>` (docs/pages.md#one-time-links): who is invited to which portal, and the way in. */
export function InvitationPage() {
  const t = useT();
  usePageTitle(t("people.invitation.title"));
  const token = useHashToken();
  const [outcome, setOutcome] = useState<Outcome>("open");
  const lookup = useCallback(() => {
    // Without a token nothing is asked of the server; the page says the link is incomplete.
    return token === null ? Promise.resolve(null) : lookupInvitation(token);
  }, [token]);
  const { view, retry } = useRemote(lookup);
  const step = view.kind === "ready" ? outcome : view.kind;
  const region = useFocusOnStep<HTMLDivElement>(step);

  let content: ReactNode;
  if (token === null) content = <InvitationDead missing />;
  else if (view.kind === "loading") content = <LoadingStatus label={t("people.invitation.opening")} />;
  else if (view.kind === "failed")
    content =
      view.error.status === 410 ? (
        <InvitationDead missing={false} />
      ) : (
        <>
          <h1 tabIndex={-1}>{t("people.invitation.title")}</h1>
          <LoadFailure message={t("people.invitation.openFailed")} onRetry={retry} />
        </>
      );
  else if (view.value === null || outcome === "expired") content = <InvitationDead missing={false} />;
  else if (outcome === "joined") content = <InvitationJoined portal={view.value.portal.name} />;
  else
    content = (
      <InvitationView
        token={token}
        invitation={view.value}
        onJoined={() => setOutcome("joined")}
        onExpired={() => setOutcome("expired")}
      />
    );

  return <div ref={region}>{content}</div>;
}
