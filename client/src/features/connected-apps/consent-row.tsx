import { type Consent, scopeGroupLines } from "@gatehouse/shared";
import { useId, useState } from "react";
import { revokeConsent } from "../../api/consents.ts";
import { AppRowHeader } from "../../components/app-row-header.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { useScopeWords } from "../../hooks/use-scope-words.ts";

/** When the person allowed the app, as a `<time>` in the page's language (docs/pages.md#languages). */
function GrantedOn({ iso }: { iso: string }) {
  const intl = useIntl();
  const date = new Date(iso);
  const shown = Number.isNaN(date.getTime()) ? iso : intl.formatDate(date, { dateStyle: "medium" });
  return <time dateTime={iso}>{shown}</time>;
}

/** One app the person allowed: when, what it can do, and the way to take it back, asked once more first. */
export function ConsentRow({
  consent,
  onRevoked,
}: {
  consent: Consent;
  onRevoked: (consent: Consent) => void;
}) {
  const intl = useIntl();
  const t = useT();
  const words = useScopeWords();
  const { client } = consent;
  const app = client.name;
  const nameId = useId();
  const scopesId = useId();
  const [asking, setAsking] = useState(false);

  return (
    <li className="app-row" aria-labelledby={nameId}>
      <div className="app-row-main">
        <AppRowHeader client={client} nameId={nameId} level={2} withWebsite>
          <p className="muted app-row-meta">
            {intl.formatMessage(
              { id: "consent.apps.allowedOn" },
              { date: <GrantedOn key="date" iso={consent.granted_at} /> },
            )}
          </p>
        </AppRowHeader>
        <RowButton rowNameId={nameId} onClick={() => setAsking(true)}>
          {t("consent.apps.revoke")}
        </RowButton>
      </div>
      <div className="stack-tight">
        <p id={scopesId} className="app-row-subhead">
          {t("consent.apps.itCan")}
        </p>
        <ul className="consent-scopes" aria-labelledby={scopesId}>
          {scopeGroupLines(consent.scopes, null).map((line) => (
            <li key={line.name}>
              <span className="scope-group">
                {t("consent.apps.scopeGroup", { group: words.group(line.group) })}
              </span>{" "}
              {words.description(line.name)} <code className="scope-name">{line.name}</code>
            </li>
          ))}
        </ul>
      </div>
      {asking ? (
        <ConfirmDialog
          title={t("consent.apps.revokeTitle", { app })}
          confirmLabel={t("consent.apps.revokeConfirm")}
          danger
          failure={t("consent.apps.revokeFailed", { app })}
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            await revokeConsent(client.client_id);
            onRevoked(consent);
          }}
        >
          <p>{t("consent.apps.revokeText", { app })}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
