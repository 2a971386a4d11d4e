import type { AccountSession } from "@gatehouse/shared/schemas/account";
import { useId } from "react";
import { endSession } from "../../api/account.ts";
import { Alert } from "../../components/alert.tsx";
import { Fact, TimeFact } from "../../components/fact.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useAction } from "../../hooks/use-action.ts";

/** "Firefox 133 on Windows 11", as far as the user agent told. */
export function sessionName({ browser, os }: Pick<AccountSession, "browser" | "os">): string {
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? "Unknown browser";
}

/** One signed-in browser: what it is, where from, since when; any but this one can be signed out here. */
export function SessionRow({ session, onEnded }: { session: AccountSession; onEnded: () => void }) {
  const nameId = useId();
  const end = useAction(
    async () => {
      await endSession(session.id);
      onEnded();
    },
    { failure: "This session could not be signed out. Try again." },
  );

  return (
    <li className="person-row" aria-labelledby={nameId}>
      <div className="person-row-main">
        <h3 id={nameId} className="person-name">
          {sessionName(session)}
          {session.current ? <span className="badge badge-neutral">This browser</span> : null}
        </h3>
        <dl className="person-facts">
          <Fact term="Address" mono>
            {session.address ?? "Unknown"}
          </Fact>
          <TimeFact term="Signed in" iso={session.signed_in_at} />
          <TimeFact term="Last seen" iso={session.last_seen_at} />
        </dl>
      </div>
      {end.failure ? <Alert>{end.failure}</Alert> : null}
      {session.current ? null : (
        <div className="row-actions">
          <RowButton rowNameId={nameId} pending={end.pending} onClick={() => void end.run()}>
            Sign out
          </RowButton>
        </div>
      )}
    </li>
  );
}
