import type { Interaction } from "@gatehouse/shared";
import { useId } from "react";
import { isWebUrl } from "../../navigation.ts";
import { paths } from "../../paths.ts";

/**
 * Under the scopes: the app's own documents, and the way back out once allowed (Connected apps), each in a new
 * tab so the request on this page stays open (docs/pages.md#interaction).
 */
export function ConsentFinePrint({ client }: { client: Interaction["client"] }) {
  const newTabId = useId();
  return (
    <div className="fine-print stack-tight">
      <p>
        Make sure you trust {client.name}. You may be sharing sensitive information with this app. Review its{" "}
        <PolicyLink href={client.policy_url} label="Privacy policy" describedBy={newTabId} /> and{" "}
        <PolicyLink href={client.terms_url} label="Terms of Service" describedBy={newTabId} />.
      </p>
      <p>
        You can revoke its access at any time on{" "}
        <a href={paths.connectedApps} target="_blank" rel="noopener" aria-describedby={newTabId}>
          Connected apps
        </a>
        .
      </p>
      <span id={newTabId} hidden>
        Opens in a new tab
      </span>
    </div>
  );
}

/** A link to one of the app's documents; plain words when its address is not a web URL. */
function PolicyLink({ href, label, describedBy }: { href: string; label: string; describedBy: string }) {
  if (!isWebUrl(href)) return label;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-describedby={describedBy}>
      {label}
    </a>
  );
}
