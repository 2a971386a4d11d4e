import type { Interaction, Portal } from "@gatehouse/shared";
import { StepBanner } from "../../components/step-banner.tsx";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { useSessionStore } from "../../stores/session.ts";
import { PortalChoices } from "../session/portal-choices.tsx";

interface PortalStepProps {
  interaction: Interaction;
  /** Called once a portal is chosen: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/** docs/pages.md#interaction, portal chooser: heading "Choose portal", one button per portal named by the portal's name. */
export function PortalStep({ interaction, onProgress }: PortalStepProps) {
  usePageTitle("Choose portal");
  const session = useSessionStore();
  // The interaction is the authority; the store covers a server that leaves the list out.
  const portals: Portal[] = interaction.portals ?? session.portals;
  const email = interaction.user?.email ?? session.user?.email;

  return (
    <div className="stack">
      <StepBanner title="Choose portal" client={interaction.client}>
        to continue to {interaction.client.name}
        {email ? (
          <>
            {" "}
            as <strong className="identity-email">{email}</strong>
          </>
        ) : null}
      </StepBanner>
      <PortalChoices portals={portals} interactionId={interaction.id} onChosen={onProgress} />
    </div>
  );
}
