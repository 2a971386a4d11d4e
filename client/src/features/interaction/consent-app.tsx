import type { Interaction } from "@gatehouse/shared";
import { AppIcon } from "../../components/app-icon.tsx";
import { WebsiteLink } from "../../components/website-link.tsx";
import { useT } from "../../hooks/use-intl.ts";

interface ConsentAppProps {
  client: Interaction["client"];
  /** The portal whose account the app asks for; the account is the portal's, not Gatehouse's. */
  portalName: string | null;
}

/**
 * The top of the consent card: who asks (icon, name, the description and website host it registered) and
 * for which account (docs/pages.md#interaction). A long unbroken name wraps rather than widening the card.
 */
export function ConsentApp({ client, portalName }: ConsentAppProps) {
  const t = useT();
  return (
    <div className="consent-header">
      <AppIcon client={client} />
      <h1 tabIndex={-1}>
        {portalName
          ? t("consent.heading", { app: client.name, portal: portalName })
          : t("consent.headingNoPortal", { app: client.name })}
      </h1>
      {client.description !== "" ? (
        // Typed by the app's developer, in any language: its own direction, also on a right-to-left page.
        <p className="consent-app-description" dir="auto">
          {client.description}
        </p>
      ) : null}
      <WebsiteLink className="consent-app-website" url={client.website_url} />
    </div>
  );
}
