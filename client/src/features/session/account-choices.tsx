import type { Portal, SignedInAccount } from "@gatehouse/shared";
import { useId } from "react";
import { Glyph } from "../../components/glyph.tsx";
import { useT } from "../../hooks/use-intl.ts";

/** One (account, portal) pair: what a click in the chooser or the account menu picks. */
export interface AccountPortal {
  userId: string;
  portalId: string;
}

interface AccountChoicesProps {
  accounts: SignedInAccount[];
  /** The pair being chosen: its button is marked busy, and every button waits. */
  running: AccountPortal | null;
  /** The pair in use now (the account menu marks it). */
  current?: AccountPortal | undefined;
  /** A group's name is a heading on the chooser's card; in the page header it is plain text. */
  groupTitle: "h2" | "p";
  /** Said in an account's group when it has no portal to offer. */
  empty: string;
  onChoose: (account: SignedInAccount, portal: Portal) => void;
}

const same = (pair: AccountPortal | null | undefined, account: SignedInAccount, portal: Portal) =>
  pair?.userId === account.user_id && pair.portalId === portal.id;

/**
 * docs/pages.md#several-accounts: the (account × portal) pairs grouped by account, each group named by the
 * account's name and email, each button by the portal's name and the account's email, so one click picks both.
 */
export function AccountChoices({
  accounts,
  running,
  current,
  groupTitle: Title,
  empty,
  onChoose,
}: AccountChoicesProps) {
  const t = useT();
  const idPrefix = useId();
  return (
    <ul className="account-groups">
      {accounts.map((account, index) => {
        const titleId = `${idPrefix}-${index}`;
        const emailId = `${titleId}-email`;
        return (
          <li
            key={account.user_id}
            className="account-group"
            aria-labelledby={titleId}
            aria-describedby={account.display_name ? emailId : undefined}
          >
            <div className="account-group-title">
              <Title id={titleId} className="account-group-name">
                {account.display_name || account.email}
              </Title>
              {account.display_name ? (
                <p id={emailId} className="account-group-email">
                  {account.email}
                </p>
              ) : null}
            </div>
            {account.portals.length === 0 ? (
              <p className="muted">{empty}</p>
            ) : (
              <ul className="choice-list">
                {account.portals.map((portal) => (
                  <li key={portal.id}>
                    <button
                      type="button"
                      className="choice"
                      disabled={running !== null}
                      aria-busy={same(running, account, portal)}
                      aria-current={same(current, account, portal) ? "true" : undefined}
                      // docs/pages.md: the portal's name and the account's email, as both are shown.
                      aria-label={`${portal.name} — ${account.email}`}
                      onClick={() => onChoose(account, portal)}
                    >
                      <span className="choice-avatar" aria-hidden="true">
                        {portal.name.slice(0, 1).toUpperCase()}
                      </span>
                      <span className="choice-text">
                        <span className="choice-name">{portal.name}</span>
                        <span className="choice-email">{account.email}</span>
                      </span>
                      {/* Not by colour alone (WCAG 2.2 §1.4.1); assistive tech hears aria-current. */}
                      {same(current, account, portal) ? (
                        <span className="choice-current">{t("signIn.account.inUse")}</span>
                      ) : (
                        <Glyph
                          className="choice-chevron"
                          path="m7.5 4.5-1.4 1.4 4.1 4.1-4.1 4.1 1.4 1.4 5.5-5.5Z"
                        />
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
