import type { AccountSession } from "@gatehouse/shared/schemas/account";
import { useId, useState } from "react";
import { endOtherSessions } from "../../api/account.ts";
import { Alert } from "../../components/alert.tsx";
import { Loadable } from "../../components/loadable.tsx";
import { SuccessNotice } from "../../components/success-notice.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import type { Remote } from "../../hooks/use-remote.ts";
import { SessionRow, sessionName } from "./session-row.tsx";

interface SessionsSectionProps {
  sessions: { view: Remote<AccountSession[]>; retry: () => void };
  /** That browser was signed out. */
  onEnded: (id: string) => void;
  /** Every browser but this one was signed out. */
  onOthersEnded: () => void;
}

/** "Sessions": every browser signed in to this account, this one marked, and the ways to sign the others out. */
export function SessionsSection({ sessions, onEnded, onOthersEnded }: SessionsSectionProps) {
  const { view } = sessions;
  const t = useT();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const endOthers = useAction(
    async () => {
      await endOtherSessions();
      setNotice(t("account.sessions.othersEnded"));
      onOthersEnded();
    },
    { failure: t("account.sessions.othersFailed") },
  );
  const others = view.kind === "ready" ? view.value.filter((session) => !session.current).length : 0;

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("account.sessions.heading")}</h2>
      <p className="muted">{t("account.sessions.intro")}</p>
      <SuccessNotice message={notice} />
      <Loadable
        remote={sessions}
        loading={t("account.sessions.loading")}
        failure={t("account.sessions.loadFailed")}
      >
        {({ value }) => (
          <ul className="person-list" aria-labelledby={headingId}>
            {value.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                onEnded={() => {
                  setNotice(t("account.sessions.endedOne", { name: sessionName(session, t) }));
                  onEnded(session.id);
                }}
              />
            ))}
          </ul>
        )}
      </Loadable>
      {endOthers.failure ? <Alert>{endOthers.failure}</Alert> : null}
      {others > 0 ? (
        <div>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={endOthers.pending || undefined}
            onClick={() => void endOthers.run()}
          >
            {t("account.sessions.signOutOthers")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
