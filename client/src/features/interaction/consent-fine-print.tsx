import type { Interaction } from "@gatehouse/shared";
import { type ReactNode, useId } from "react";
import { useIntl } from "../../hooks/use-intl.ts";
import { isWebUrl } from "../../navigation.ts";
import { paths } from "../../paths.ts";

/**
 * Under the scopes: the app's own documents, and the way back out once allowed (Connected apps), each in a new
 * tab so the request on this page stays open (docs/pages.md#interaction). The links sit inside the sentences as
 * rich-text tags, so each language places them where its word order needs (docs/pages.md#languages).
 */
export function ConsentFinePrint({ client }: { client: Interaction["client"] }) {
  const intl = useIntl();
  const newTabId = useId();
  return (
    <div className="fine-print stack-tight">
      <p>
        {intl.formatMessage(
          { id: "consent.trust" },
          {
            app: client.name,
            privacy: (chunks: ReactNode[]) => (
              <PolicyLink key="privacy" href={client.policy_url} describedBy={newTabId}>
                {chunks}
              </PolicyLink>
            ),
            terms: (chunks: ReactNode[]) => (
              <PolicyLink key="terms" href={client.terms_url} describedBy={newTabId}>
                {chunks}
              </PolicyLink>
            ),
          },
        )}
      </p>
      <p>
        {intl.formatMessage(
          { id: "consent.revokeLater" },
          {
            link: (chunks: ReactNode[]) => (
              <a
                key="link"
                href={paths.connectedApps}
                target="_blank"
                rel="noopener"
                aria-describedby={newTabId}
              >
                {chunks}
              </a>
            ),
          },
        )}
      </p>
      <span id={newTabId} hidden>
        {intl.formatMessage({ id: "consent.opensInNewTab" })}
      </span>
    </div>
  );
}

/** A link to one of the app's documents; plain words when its address is not a web URL. */
function PolicyLink({
  href,
  describedBy,
  children,
}: {
  href: string;
  describedBy: string;
  children: ReactNode;
}) {
  if (!isWebUrl(href)) return children;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-describedby={describedBy}>
      {children}
    </a>
  );
}
