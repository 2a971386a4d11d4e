import type { ConsentDecision, Interaction } from "@gatehouse/shared";
import { useId, useState } from "react";
import { toApiError } from "../api/http.ts";
import { decideConsent } from "../api/interactions.ts";
import { signOut } from "../api/session.ts";
import { Alert } from "../components/alert.tsx";
import { AppIcon } from "../components/app-icon.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { ScopeList } from "../components/scope-list.tsx";
import { followRedirect, isWebUrl } from "../navigation.ts";
import { useSessionStore } from "../stores/session.ts";

interface ConsentPageProps {
  interaction: Interaction;
  /** Called after "Change profile" ended the session: the interaction then asks for sign-in. */
  onProgress: () => Promise<void>;
}

type Pending = ConsentDecision["decision"] | "change-profile" | null;

/**
 * Contract §10, consent: the app's name and icon, one item per scope group, new ones marked "New",
 * its policy links, the signed-in email, and "Change profile", "Allow", "Deny".
 */
export function ConsentPage({ interaction, onProgress }: ConsentPageProps) {
  const { client, scopes } = interaction;
  usePageTitle(`Allow ${client.name}?`);
  const session = useSessionStore();
  const [pending, setPending] = useState<Pending>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const newListId = useId();
  const grantedListId = useId();
  const allListId = useId();
  const newTabId = useId();

  const email = interaction.user?.email ?? session.user?.email;
  const portal = interaction.user?.portal ?? session.user?.portal ?? null;
  const added = scopes.filter((scope) => scope.new);
  const granted = scopes.filter((scope) => !scope.new);
  // The server marks lines new only when an earlier grant exists; then what is new is shown apart (contract §5).
  const split = added.length > 0 && granted.length > 0;

  async function decide(decision: ConsentDecision["decision"]) {
    setPending(decision);
    setFailure(null);
    try {
      const { redirect_to } = await decideConsent(interaction.id, { decision });
      // Stay pending while the browser leaves, so a second click cannot send a second decision.
      if (followRedirect(redirect_to)) return;
      setFailure("Gatehouse answered with an address it cannot send you to. Return to the application.");
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? "Your decision could not be recorded. Try again.");
    }
    setPending(null);
  }

  async function changeProfile() {
    setPending("change-profile");
    setFailure(null);
    try {
      await signOut();
    } catch (cause) {
      const error = await toApiError(cause);
      setFailure(error.description ?? "You could not be signed out. Try again.");
      setPending(null);
      return;
    }
    session.signedOut();
    await onProgress();
    setPending(null);
  }

  const busy = pending !== null;

  return (
    <div className="stack">
      <div className="consent-header">
        <AppIcon client={client} />
        <h1 tabIndex={-1}>{client.name} wants to access your Gatehouse account</h1>
      </div>

      <div className="identity">
        <div className="identity-text">
          <span className="identity-label">Signed in as</span>
          <span className="identity-email">{email}</span>
          {portal ? <span className="identity-portal">Portal: {portal.name}</span> : null}
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => void changeProfile()}
        >
          Change profile
        </button>
      </div>

      {split ? (
        <>
          <section className="stack-tight">
            <h2 id={newListId}>New permissions</h2>
            <ScopeList scopes={added} labelledBy={newListId} />
          </section>
          <section className="stack-tight">
            <h2 id={grantedListId}>Previously granted</h2>
            <ScopeList scopes={granted} labelledBy={grantedListId} />
          </section>
        </>
      ) : (
        <section className="stack-tight">
          <h2 id={allListId}>This will allow {client.name} to:</h2>
          <ScopeList scopes={scopes} labelledBy={allListId} />
        </section>
      )}

      <p className="fine-print">
        Make sure you trust {client.name}. You may be sharing sensitive information with this app. Review its{" "}
        {isWebUrl(client.policy_url) ? (
          <a href={client.policy_url} target="_blank" rel="noopener noreferrer" aria-describedby={newTabId}>
            Privacy policy
          </a>
        ) : (
          "Privacy policy"
        )}{" "}
        and{" "}
        {isWebUrl(client.terms_url) ? (
          <a href={client.terms_url} target="_blank" rel="noopener noreferrer" aria-describedby={newTabId}>
            Terms of Service
          </a>
        ) : (
          "Terms of Service"
        )}
        .
        <span id={newTabId} hidden>
          Opens in a new tab
        </span>
      </p>

      {failure ? <Alert>{failure}</Alert> : null}

      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void decide("deny")}
        >
          Deny
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void decide("allow")}
        >
          Allow
        </button>
      </div>
    </div>
  );
}
