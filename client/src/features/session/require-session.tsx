import { Fragment, type ReactNode, useState } from "react";
import { Outlet } from "react-router-dom";
import { signOut, signOutAccount } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { Layout } from "../../components/layout.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useFocusOnStep } from "../../hooks/use-focus-on-step.ts";
import { useT } from "../../hooks/use-intl.ts";
import { activeAccount, useSessionStore } from "../../stores/session.ts";
import { AccountBar } from "./account-bar.tsx";
import { AnotherAccount } from "./another-account.tsx";
import { SessionCheckFailed, SessionPortalStep, SessionSignInStep } from "./session-steps.tsx";
import { SettingsNav } from "./settings-nav.tsx";
import { useSessionCheck } from "./use-session-check.ts";

/**
 * The settings pages act for a signed-in person on a chosen portal (docs/api.md#clients): opened without a
 * session they show sign-in, then the portal chooser when needed, then the page itself. With several accounts
 * they act for the active one (docs/pages.md#several-accounts).
 */
export function RequireSession({ children }: { children?: ReactNode }) {
  const t = useT();
  const { user, portals, accounts, signedOut } = useSessionStore();
  const { check, retry } = useSessionCheck();
  const [switching, setSwitching] = useState(false);
  const [adding, setAdding] = useState(false);
  const leave = useAction(
    async () => {
      await signOut();
      setSwitching(false);
      signedOut();
    },
    { failure: t("signIn.session.signOutFailed") },
  );
  // The others stay signed in: the server names the next active account, so the session is read again.
  const leaveOne = useAction(
    async (userId: string) => {
      await signOutAccount(userId);
      await retry();
    },
    { failure: t("signIn.session.signOutFailed") },
  );
  const active = accounts.length > 1 ? activeAccount(accounts) : undefined;

  const step =
    check.kind !== "known"
      ? check.kind
      : user === null
        ? "sign-in"
        : adding
          ? "another-account"
          : user.portal === null || switching
            ? "portal"
            : `ready:${user.email}:${user.portal.id}`;
  const region = useFocusOnStep<HTMLDivElement>(step);

  if (check.kind === "loading" || check.kind === "failed" || user === null) {
    return (
      <Layout>
        <div ref={region} className={check.kind === "failed" ? "stack" : undefined}>
          {check.kind === "loading" ? <LoadingStatus /> : null}
          {check.kind === "failed" ? (
            <SessionCheckFailed error={check.error} onRetry={() => void retry()} />
          ) : null}
          {check.kind === "known" ? <SessionSignInStep /> : null}
        </div>
      </Layout>
    );
  }
  if (adding) {
    return (
      <Layout>
        <div ref={region}>
          <AnotherAccount
            subtitle={t("signIn.forSettingsAnother")}
            onSignedIn={async () => {
              setAdding(false);
              // The sign-in answer names the new account only: the list of them all is read again.
              await retry();
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      </Layout>
    );
  }
  if (user.portal === null || switching) {
    return (
      <Layout>
        <div ref={region}>
          <SessionPortalStep
            email={user.email}
            portals={portals}
            onChosen={async () => setSwitching(false)}
            onCancel={user.portal === null ? undefined : () => setSwitching(false)}
          />
        </div>
      </Layout>
    );
  }
  return (
    <Layout
      wide
      account={
        <AccountBar
          user={user}
          accounts={accounts}
          busy={leave.pending || leaveOne.pending}
          onSwitchPortal={portals.length > 1 ? () => setSwitching(true) : undefined}
          onUseAnotherAccount={() => setAdding(true)}
          onSignOut={() => void (active ? leaveOne.run(active.user_id) : leave.run())}
          onSignOutAll={() => void leave.run()}
        />
      }
      nav={<SettingsNav />}
    >
      <div ref={region} className="stack">
        {(leave.failure ?? leaveOne.failure) ? <Alert>{leave.failure ?? leaveOne.failure}</Alert> : null}
        {/* A new person or portal starts the page afresh: nothing of the last portal's apps may linger. */}
        <Fragment key={step}>{children ?? <Outlet />}</Fragment>
      </div>
    </Layout>
  );
}
