import type { SessionAccount, User } from "@gatehouse/shared";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useT } from "../../hooks/use-intl.ts";
import { AccountMenu } from "./account-menu.tsx";

interface AccountBarProps {
  user: User;
  /** The browser's signed-in accounts, active first; with more than one the bar offers to switch between them. */
  accounts: SessionAccount[];
  /** Offered only when the person belongs to more than one portal. */
  onSwitchPortal?: (() => void) | undefined;
  /** Sign-in for one more account, nobody signed out (docs/pages.md#several-accounts). */
  onUseAnotherAccount: () => void;
  /** Ends the active account's session; with one account, the session. */
  onSignOut: () => void;
  onSignOutAll: () => void;
  busy: boolean;
}

const BUTTON = "button button-secondary button-small";

/**
 * Who is signed in and for which portal: everything on a settings page acts for that account and portal. With
 * several accounts, "Switch account" opens the menu of every (account, portal) pair (docs/pages.md#settings).
 */
export function AccountBar(props: AccountBarProps) {
  const { user, accounts, onSwitchPortal, onUseAnotherAccount, onSignOut, busy } = props;
  const several = accounts.length > 1;
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <section className="account-bar" aria-label={t("accountBar.label")} onKeyDown={closeOnEscape}>
      <p className="account-bar-text">
        <span className="identity-email">{user.email}</span>
        {user.portal ? (
          <span className="account-bar-portal">{t("accountBar.portal", { portal: user.portal.name })}</span>
        ) : null}
      </p>
      <div className="account-bar-actions">
        {several ? (
          <button
            ref={toggle}
            type="button"
            className={BUTTON}
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen(!open)}
          >
            {t("accountBar.switchAccount")}
          </button>
        ) : null}
        {!several && onSwitchPortal ? (
          <button type="button" className={BUTTON} disabled={busy} onClick={onSwitchPortal}>
            {t("accountBar.switchPortal")}
          </button>
        ) : null}
        {several ? null : (
          <button type="button" className={BUTTON} disabled={busy} onClick={onUseAnotherAccount}>
            {t("accountBar.useAnother")}
          </button>
        )}
        <button type="button" className={BUTTON} disabled={busy} onClick={onSignOut}>
          {t("accountBar.signOut")}
        </button>
      </div>
      {several && open ? (
        <AccountMenu
          id={menuId}
          user={user}
          accounts={accounts}
          busy={busy}
          onSwitched={() => setOpen(false)}
          onUseAnotherAccount={onUseAnotherAccount}
          onSignOutAll={props.onSignOutAll}
        />
      ) : null}
    </section>
  );
}
