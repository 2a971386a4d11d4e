import type { ClientSummary } from "@gatehouse/shared";
import type { ReactNode } from "react";
import { AppIcon } from "./app-icon.tsx";
import { WebsiteLink } from "./website-link.tsx";

interface AppRowHeaderProps {
  client: Pick<ClientSummary, "name" | "logo_uri" | "website_url">;
  /** The id the row's `aria-labelledby` names. */
  nameId: string;
  /** The row's heading level: under the page's h1, or under a section's h2. */
  level: 2 | 3;
  /** Adds a link to the app's website, opened in a new tab. */
  withWebsite?: boolean;
  /** What else the row says about the app, under its name. */
  children?: ReactNode;
}

/** An app in a list: its icon and its name as the row's heading, then what the list says of it. */
export function AppRowHeader({ client, nameId, level, withWebsite = false, children }: AppRowHeaderProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      <AppIcon client={client} />
      <div className="app-row-text">
        <Heading id={nameId} className="app-row-name">
          {client.name}
        </Heading>
        {withWebsite ? <WebsiteLink className="app-row-link" url={client.website_url} /> : null}
        {children}
      </div>
    </>
  );
}
