import type { Consent } from "@gatehouse/shared";
import { useState } from "react";
import { listConsents } from "../api/consents.ts";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { SuccessNotice } from "../components/success-notice.tsx";
import { ConsentRow } from "../features/connected-apps/consent-row.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { useSessionStore } from "../stores/session.ts";

/**
 * `/connected-apps` (docs/pages.md and docs/api.md#clients): heading "Connected apps", one row per app the person allowed on the
 * current portal, with its scopes and a button "Revoke".
 */
export function ConnectedAppsPage() {
  const t = useT();
  usePageTitle(t("consent.apps.heading"));
  const portal = useSessionStore((state) => state.user?.portal?.name);
  const consents = useRemote(listConsents);
  const { update } = consents;
  // The app's name, not the sentence: the notice follows the language switcher like the rest of the page.
  const [revokedApp, setRevokedApp] = useState<string | null>(null);
  // The revoked row and its button are gone: the heading is the next sure place for the keyboard.
  const [revocations, setRevocations] = useState(0);
  const region = useFocusOnStep<HTMLDivElement>(revocations);

  function revoked(consent: Consent) {
    update((consents) => consents.filter((entry) => entry.client.client_id !== consent.client.client_id));
    setRevokedApp(consent.client.name);
    setRevocations((count) => count + 1);
  }

  return (
    <div ref={region} className="stack page">
      <PageHeader title={t("consent.apps.heading")}>
        {portal ? t("consent.apps.intro", { portal }) : t("consent.apps.introNoPortal")}
      </PageHeader>
      <SuccessNotice message={revokedApp === null ? null : t("consent.apps.revoked", { app: revokedApp })} />
      <Loadable remote={consents} loading={t("consent.apps.loading")} failure={t("consent.apps.loadFailed")}>
        {({ value }) =>
          value.length === 0 ? (
            <p className="empty">
              {portal ? t("consent.apps.empty", { portal }) : t("consent.apps.emptyNoPortal")}
            </p>
          ) : (
            <ul className="app-list" aria-label={t("consent.apps.list")}>
              {value.map((consent) => (
                <ConsentRow key={consent.client.client_id} consent={consent} onRevoked={revoked} />
              ))}
            </ul>
          )
        }
      </Loadable>
    </div>
  );
}
