import type { ConsentDecision, Interaction, MessageKey } from "@gatehouse/shared";
import { useState } from "react";
import { ApiError } from "../../api/http.ts";
import { chooseAccountAgain, decideConsent } from "../../api/interactions.ts";
import { signOut } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { followRedirect } from "../../navigation.ts";
import { useSessionStore } from "../../stores/session.ts";
import { ConsentApp } from "./consent-app.tsx";
import { ConsentFinePrint } from "./consent-fine-print.tsx";
import { ConsentScopes } from "./consent-scopes.tsx";

interface ConsentStepProps {
  interaction: Interaction;
  /**
   * Called after "Change profile": with other accounts signed in the interaction shows the chooser again, else
   * the session has ended and it asks for sign-in.
   */
  onProgress: () => Promise<void>;
}

/** The two answers, Deny first and Allow as the primary action. */
const DECISIONS: { decision: ConsentDecision["decision"]; label: MessageKey; className: string }[] = [
  { decision: "deny", label: "consent.deny", className: "button button-secondary" },
  { decision: "allow", label: "consent.allow", className: "button button-primary" },
];

/**
 * docs/pages.md#interaction, consent: the app's name, icon, description and website, one item per scope group,
 * new ones marked "New", its policy links, the revoke hint, the signed-in email, and "Change profile", "Allow",
 * "Deny"; the answers stay in view at the bottom of the screen however long the list.
 */
export function ConsentStep({ interaction, onProgress }: ConsentStepProps) {
  const t = useT();
  const { client, scopes } = interaction;
  usePageTitle(t("consent.title", { app: client.name }));
  const session = useSessionStore();
  // Stays true while the browser leaves, so a second click cannot send a second decision.
  const [leaving, setLeaving] = useState(false);

  const decide = useAction(
    async (decision: ConsentDecision["decision"]) => {
      const { redirect_to } = await decideConsent(interaction.id, { decision });
      if (!followRedirect(redirect_to)) throw new ApiError(0, "server_error", t("consent.unusableRedirect"));
      setLeaving(true);
    },
    { failure: t("consent.decisionFailed") },
  );
  const changeProfile = useAction(
    async () => {
      await signOut();
      session.signedOut();
      await onProgress();
    },
    { failure: t("consent.signOutFailed") },
  );
  // docs/pages.md#several-accounts: with others signed in, "Change profile" goes back to the chooser, signing nobody out.
  const chooseAgain = useAction(
    async () => {
      await chooseAccountAgain(interaction.id);
      await onProgress();
    },
    { failure: t("consent.chooserFailed") },
  );
  const othersSignedIn = (interaction.accounts?.length ?? 0) > 1;

  const email = interaction.user?.email ?? session.user?.email;
  const portal = interaction.user?.portal ?? session.user?.portal ?? null;
  const busy = leaving || decide.pending || changeProfile.pending || chooseAgain.pending;
  // One alert for the page: starting any action forgets the others' failures.
  const failure = decide.failure ?? changeProfile.failure ?? chooseAgain.failure;

  function choose(decision: ConsentDecision["decision"]) {
    changeProfile.reset();
    chooseAgain.reset();
    void decide.run(decision);
  }

  function switchProfile() {
    decide.reset();
    void (othersSignedIn ? chooseAgain.run() : changeProfile.run());
  }

  return (
    <div className="stack">
      <ConsentApp client={client} portalName={portal?.name ?? null} />

      <div className="identity">
        <div className="identity-text">
          <span className="identity-label">{t("consent.signedInAs")}</span>
          <span className="identity-email">{email}</span>
          {portal ? (
            <span className="identity-portal">{t("accountBar.portal", { portal: portal.name })}</span>
          ) : null}
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={switchProfile}
        >
          {t("consent.changeProfile")}
        </button>
      </div>

      <ConsentScopes appName={client.name} scopes={scopes} />

      <ConsentFinePrint client={client} />

      <div className="consent-actions stack-tight">
        {failure ? <Alert>{failure}</Alert> : null}
        <div className="actions">
          {DECISIONS.map(({ decision, label, className }) => (
            <button
              key={decision}
              type="button"
              className={className}
              disabled={busy}
              onClick={() => choose(decision)}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
