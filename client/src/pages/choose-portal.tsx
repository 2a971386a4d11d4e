import type { Interaction, Portal } from "@gatehouse/shared";
import { AppIcon } from "../components/app-icon.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { PortalChoices } from "../components/portal-choices.tsx";
import { useSessionStore } from "../stores/session.ts";

interface ChoosePortalPageProps {
  interaction: Interaction;
  /** Called once a portal is chosen: the interaction decides what comes next. */
  onProgress: () => Promise<void>;
}

/** Contract §10, portal chooser: heading "Choose portal", one button per portal named by the portal's name. */
export function ChoosePortalPage({ interaction, onProgress }: ChoosePortalPageProps) {
  usePageTitle("Choose portal");
  const session = useSessionStore();
  // The interaction is the authority; the store covers a server that leaves the list out.
  const portals: Portal[] = interaction.portals ?? session.portals;
  const email = interaction.user?.email ?? session.user?.email;

  return (
    <div className="stack">
      <div className="app-banner">
        <AppIcon client={interaction.client} />
        <div>
          <h1 tabIndex={-1}>Choose portal</h1>
          <p className="muted">
            to continue to {interaction.client.name}
            {email ? (
              <>
                {" "}
                as <strong className="identity-email">{email}</strong>
              </>
            ) : null}
          </p>
        </div>
      </div>
      <PortalChoices portals={portals} onChosen={onProgress} />
    </div>
  );
}
