import { Fragment, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { Outlet } from "react-router-dom";
import { type ApiError, toApiError } from "../api/http.ts";
import { getSession, signOut } from "../api/session.ts";
import { useSessionStore } from "../stores/session.ts";
import { AccountBar } from "./account-bar.tsx";
import { Alert } from "./alert.tsx";
import { Layout } from "./layout.tsx";
import { LoadingStatus } from "./loading-status.tsx";
import { usePageTitle } from "./page-title.ts";
import { PortalChoices } from "./portal-choices.tsx";
import { SettingsNav } from "./settings-nav.tsx";
import { SignInForm } from "./sign-in-form.tsx";

type Status = { kind: "loading" } | { kind: "known" } | { kind: "failed"; error: ApiError };

/**
 * The settings pages act for a signed-in person on a chosen portal (contract §11): opened without a
 * session they show sign-in, then the portal chooser when needed, then the page itself.
 */
export function RequireSession({ children }: { children?: ReactNode }) {
  const { user, portals, signedIn, signedOut } = useSessionStore();
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [switching, setSwitching] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const shownStep = useRef<string | null>(null);

  const load = useCallback(async () => {
    setStatus({ kind: "loading" });
    try {
      signedIn(await getSession());
      setStatus({ kind: "known" });
    } catch (cause) {
      const error = await toApiError(cause);
      if (error.status === 401) {
        signedOut();
        setStatus({ kind: "known" });
      } else {
        setStatus({ kind: "failed", error });
      }
    }
  }, [signedIn, signedOut]);

  useEffect(() => {
    void load();
  }, [load]);

  const step =
    status.kind !== "known"
      ? status.kind
      : user === null
        ? "sign-in"
        : user.portal === null || switching
          ? "portal"
          : `ready:${user.email}:${user.portal.id}`;

  useEffect(() => {
    // A new step replaces the card: move focus to its heading so keyboard and screen reader users follow.
    if (shownStep.current !== null && shownStep.current !== step) {
      region.current?.querySelector<HTMLElement>("h1")?.focus();
    }
    shownStep.current = step;
  }, [step]);

  async function leave() {
    setSigningOut(true);
    setFailure(null);
    try {
      await signOut();
      setSwitching(false);
      signedOut();
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? "You could not be signed out. Try again.");
    }
    setSigningOut(false);
  }

  if (status.kind === "loading") {
    return (
      <Layout>
        <div ref={region}>
          <LoadingStatus />
        </div>
      </Layout>
    );
  }
  if (status.kind === "failed") {
    return (
      <Layout>
        <div ref={region} className="stack">
          <h1 tabIndex={-1}>Gatehouse is not answering</h1>
          <Alert>{status.error.description ?? "Your session could not be checked. Try again."}</Alert>
          <button type="button" className="button button-primary" onClick={() => void load()}>
            Try again
          </button>
        </div>
      </Layout>
    );
  }
  if (user === null) {
    return (
      <Layout>
        <div ref={region}>
          <SignInStep />
        </div>
      </Layout>
    );
  }
  if (user.portal === null || switching) {
    return (
      <Layout>
        <div ref={region}>
          <PortalStep
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
          busy={signingOut}
          onSwitchPortal={portals.length > 1 ? () => setSwitching(true) : undefined}
          onSignOut={() => void leave()}
        />
      }
      nav={<SettingsNav />}
    >
      <div ref={region} className="stack">
        {failure ? <Alert>{failure}</Alert> : null}
        {/* A new person or portal starts the page afresh: nothing of the last portal's apps may linger. */}
        <Fragment key={step}>{children ?? <Outlet />}</Fragment>
      </div>
    </Layout>
  );
}

function SignInStep() {
  usePageTitle("Sign in");
  return (
    <div className="stack">
      <div className="app-banner">
        <h1 tabIndex={-1}>Sign in</h1>
        <p className="muted">to manage your Gatehouse settings</p>
      </div>
      <SignInForm onSignedIn={async () => {}} />
    </div>
  );
}

interface PortalStepProps {
  email: string;
  portals: ReturnType<typeof useSessionStore.getState>["portals"];
  onChosen: () => Promise<void>;
  onCancel: (() => void) | undefined;
}

function PortalStep({ email, portals, onChosen, onCancel }: PortalStepProps) {
  usePageTitle("Choose portal");
  return (
    <div className="stack">
      <div className="app-banner">
        <h1 tabIndex={-1}>Choose portal</h1>
        <p className="muted">
          Signed in as <strong className="identity-email">{email}</strong>
        </p>
      </div>
      <PortalChoices portals={portals} onChosen={onChosen} />
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
