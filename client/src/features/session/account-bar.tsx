import type { User } from "@gatehouse/shared";

interface AccountBarProps {
  user: User;
  /** Offered only when the person belongs to more than one portal. */
  onSwitchPortal?: (() => void) | undefined;
  onSignOut: () => void;
  busy: boolean;
}

/** Who is signed in and for which portal: everything on a settings page acts for that portal. */
export function AccountBar({ user, onSwitchPortal, onSignOut, busy }: AccountBarProps) {
  return (
    <section className="account-bar" aria-label="Account">
      <p className="account-bar-text">
        <span className="identity-email">{user.email}</span>
        {user.portal ? <span className="account-bar-portal">Portal: {user.portal.name}</span> : null}
      </p>
      <div className="account-bar-actions">
        {onSwitchPortal ? (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={onSwitchPortal}
          >
            Switch portal
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={onSignOut}
        >
          Sign out
        </button>
      </div>
    </section>
  );
}
