import type { Portal, SessionAccount, SignedInAccount, User } from "@gatehouse/shared";
import { choosePortal } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { activeAccount, useSessionStore } from "../../stores/session.ts";
import { AccountChoices } from "./account-choices.tsx";

interface AccountMenuProps {
  id: string;
  user: User;
  accounts: SessionAccount[];
  busy: boolean;
  /** The store holds the new active account: the page starts afresh for it. */
  onSwitched: () => void;
  onUseAnotherAccount: () => void;
  onSignOutAll: () => void;
}

/**
 * The account menu of the settings pages: one button per (account, portal) pair, the one in use marked; a click
 * makes that account active on that portal (`POST /api/session/portal { portal_id, account }`,
 * docs/api.md#several-accounts). Below, "Use another account" and "Sign out of all accounts".
 */
export function AccountMenu({ id, user, accounts, busy, ...on }: AccountMenuProps) {
  const t = useT();
  const accountChosen = useSessionStore((state) => state.accountChosen);
  const switchTo = useAction(
    async (account: SignedInAccount, portal: Portal) => {
      const next = await choosePortal({ portal_id: portal.id, account: account.user_id });
      accountChosen(account.user_id, next);
      on.onSwitched();
    },
    {
      failure: (error, account, portal) =>
        generalFailure(t, error) ??
        t("signIn.account.chooseFailed", { portal: portal.name, email: account.email }),
    },
  );
  const active = activeAccount(accounts);
  const running = switchTo.running;

  return (
    <div id={id} className="account-menu">
      {switchTo.failure ? <Alert>{switchTo.failure}</Alert> : null}
      <AccountChoices
        accounts={accounts}
        running={running ? { userId: running[0].user_id, portalId: running[1].id } : null}
        current={active && user.portal ? { userId: active.user_id, portalId: user.portal.id } : undefined}
        groupTitle="p"
        empty={t("accountBar.noPortal")}
        onChoose={(account, portal) => void switchTo.run(account, portal)}
      />
      <div className="account-menu-actions">
        {(
          [
            ["accountBar.useAnother", on.onUseAnotherAccount],
            ["accountBar.signOutAll", on.onSignOutAll],
          ] as const
        ).map(([label, onClick]) => (
          <button
            key={label}
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={onClick}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}
