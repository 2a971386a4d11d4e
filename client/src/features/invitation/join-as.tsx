import type { User } from "@gatehouse/shared";
import { acceptInvitation } from "../../api/invitations.ts";
import { signOut } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { strongEmail } from "../../components/strong-email.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";
import { acceptFailure } from "./accept-failure.ts";
import type { Joining } from "./joining.ts";

interface JoinAsProps extends Joining {
  user: User;
  portal: string;
}

/** Someone already signed in: with the invited email they join in one click; with another they sign out first. */
export function JoinAs({ token, user, email, portal, onJoined, onExpired }: JoinAsProps) {
  const intl = useIntl();
  const t = useT();
  const signedOut = useSessionStore((state) => state.signedOut);
  const join = useAction(
    async () => {
      await acceptInvitation({ token });
      onJoined();
    },
    { failure: acceptFailure(t), onFailure: (error) => (error.status === 410 ? onExpired() : undefined) },
  );
  const leave = useAction(
    async () => {
      await signOut();
      signedOut();
    },
    { failure: () => t("people.invitation.signOutFailed") },
  );

  if (user.email !== email) {
    return (
      <div className="stack">
        <p>
          {intl.formatMessage(
            { id: "people.invitation.otherEmail" },
            { user: user.email, email, strong: strongEmail },
          )}
        </p>
        {leave.failure ? <Alert>{leave.failure}</Alert> : null}
        <button
          type="button"
          className="button button-secondary button-block"
          onClick={() => void leave.run()}
        >
          {t("accountBar.signOut")}
        </button>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>
        {intl.formatMessage(
          { id: "people.invitation.signedInAs" },
          { user: user.email, portal, strong: strongEmail },
        )}
      </p>
      {join.failure ? <Alert>{join.failure}</Alert> : null}
      <button
        type="button"
        className="button button-primary button-block"
        aria-disabled={join.pending || undefined}
        onClick={() => void join.run()}
      >
        {t("people.invitation.joinButton")}
      </button>
    </div>
  );
}
