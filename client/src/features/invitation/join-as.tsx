import type { User } from "@gatehouse/shared";
import { acceptInvitation } from "../../api/invitations.ts";
import { signOut } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useSessionStore } from "../../stores/session.ts";
import { acceptFailure } from "./accept-failure.ts";
import type { Joining } from "./joining.ts";

interface JoinAsProps extends Joining {
  user: User;
  portal: string;
}

/** Someone already signed in: with the invited email they join in one click; with another they sign out first. */
export function JoinAs({ token, user, email, portal, onJoined, onExpired }: JoinAsProps) {
  const signedOut = useSessionStore((state) => state.signedOut);
  const join = useAction(
    async () => {
      await acceptInvitation({ token });
      onJoined();
    },
    { failure: acceptFailure, onFailure: (error) => (error.status === 410 ? onExpired() : undefined) },
  );
  const leave = useAction(
    async () => {
      await signOut();
      signedOut();
    },
    { failure: "You could not be signed out. Try again." },
  );

  if (user.email !== email) {
    return (
      <div className="stack">
        <p>
          You are signed in as <strong className="identity-email">{user.email}</strong>, but this invitation
          is for <strong className="identity-email">{email}</strong>. Sign out to accept it as {email}.
        </p>
        {leave.failure ? <Alert>{leave.failure}</Alert> : null}
        <button
          type="button"
          className="button button-secondary button-block"
          onClick={() => void leave.run()}
        >
          Sign out
        </button>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>
        You are signed in as <strong className="identity-email">{user.email}</strong>. Join {portal} with this
        account.
      </p>
      {join.failure ? <Alert>{join.failure}</Alert> : null}
      <button
        type="button"
        className="button button-primary button-block"
        aria-disabled={join.pending || undefined}
        onClick={() => void join.run()}
      >
        Join
      </button>
    </div>
  );
}
