import type { Interaction, Portal } from "@gatehouse/shared";
import { useState } from "react";
import { StepBanner } from "../../components/step-banner.tsx";
import { useFocusOnStep } from "../../hooks/use-focus-on-step.ts";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { useSessionStore } from "../../stores/session.ts";
import { AnotherAccount } from "../session/another-account.tsx";
import { PortalChoices } from "../session/portal-choices.tsx";
import { AccountChooser } from "./account-chooser.tsx";

interface PortalStepProps {
  interaction: Interaction;
  /** Called once a portal is chosen: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/**
 * docs/pages.md#interaction, portal chooser: heading "Choose portal", one button per portal named by the portal's
 * name, or with several signed-in accounts one per (account, portal) pair; "Use another account" adds one.
 */
export function PortalStep({ interaction, onProgress }: PortalStepProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const region = useFocusOnStep<HTMLDivElement>(adding ? "another-account" : "chooser");
  return (
    <div ref={region}>
      {adding ? (
        <AnotherAccount
          subtitle={t("signIn.forAppAnother", { app: interaction.client.name })}
          client={interaction.client}
          onSignedIn={async () => {
            setAdding(false);
            await onProgress();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Chooser interaction={interaction} onProgress={onProgress} onAddAccount={() => setAdding(true)} />
      )}
    </div>
  );
}

function Chooser({ interaction, onProgress, onAddAccount }: PortalStepProps & { onAddAccount: () => void }) {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "signIn.portal.heading" });
  usePageTitle(title);
  const session = useSessionStore();
  const accounts = interaction.accounts ?? [];
  // The interaction is the authority; the store covers a server that leaves the list out.
  const portals: Portal[] = interaction.portals ?? session.portals;
  const email = interaction.user?.email ?? session.user?.email;
  const several = accounts.length > 1;

  return (
    <div className="stack">
      <StepBanner title={title} client={interaction.client}>
        {email && !several
          ? intl.formatMessage(
              { id: "signIn.portal.forAppAs" },
              {
                app: interaction.client.name,
                email,
                b: (chunks) => <strong className="identity-email">{chunks}</strong>,
              },
            )
          : intl.formatMessage({ id: "signIn.forApp" }, { app: interaction.client.name })}
      </StepBanner>
      {several ? (
        <AccountChooser interaction={interaction} accounts={accounts} onChosen={onProgress} />
      ) : (
        <PortalChoices portals={portals} interactionId={interaction.id} onChosen={onProgress} />
      )}
      <button type="button" className="button button-secondary" onClick={onAddAccount}>
        {intl.formatMessage({ id: "accountBar.useAnother" })}
      </button>
    </div>
  );
}
