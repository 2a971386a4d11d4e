import type { AccountSession } from "@gatehouse/shared/schemas/account";
import { useId } from "react";
import { endSession } from "../../api/account.ts";
import { Alert } from "../../components/alert.tsx";
import { Fact, TimeFact } from "../../components/fact.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";

/** "Firefox 133 on Windows 11", as far as the user agent told, in the page's language. */
export function sessionName({ browser, os }: Pick<AccountSession, "browser" | "os">, t: Translate): string {
  if (browser && os) return t("account.sessions.browserOn", { browser, os });
  return browser ?? os ?? t("account.sessions.unknownBrowser");
}

/** One signed-in browser: what it is, where from, since when; any but this one can be signed out here. */
export function SessionRow({ session, onEnded }: { session: AccountSession; onEnded: () => void }) {
  const t = useT();
  const nameId = useId();
  const end = useAction(
    async () => {
      await endSession(session.id);
      onEnded();
    },
    { failure: t("account.sessions.endFailed") },
  );

  return (
    <li className="person-row" aria-labelledby={nameId}>
      <div className="person-row-main">
        <h3 id={nameId} className="person-name">
          {sessionName(session, t)}
          {session.current ? (
            <span className="badge badge-neutral">{t("account.sessions.thisBrowser")}</span>
          ) : null}
        </h3>
        <dl className="person-facts">
          <Fact term={t("account.sessions.address")} mono>
            {session.address ?? t("common.unknown")}
          </Fact>
          <TimeFact term={t("account.sessions.signedIn")} iso={session.signed_in_at} />
          <TimeFact term={t("account.sessions.lastSeen")} iso={session.last_seen_at} />
        </dl>
      </div>
      {end.failure ? <Alert>{end.failure}</Alert> : null}
      {session.current ? null : (
        <div className="row-actions">
          <RowButton rowNameId={nameId} pending={end.pending} onClick={() => void end.run()}>
            {t("account.sessions.signOut")}
          </RowButton>
        </div>
      )}
    </li>
  );
}
