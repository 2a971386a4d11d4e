import { type Consent, scopeGroupLines } from "@gatehouse/shared";
import { useId, useState } from "react";
import { revokeConsent } from "../../api/consents.ts";
import { AppRowHeader } from "../../components/app-row-header.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { RowButton } from "../../components/row-button.tsx";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

function grantedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** One app the person allowed: when, what it can do, and the way to take it back, asked once more first. */
export function ConsentRow({
  consent,
  onRevoked,
}: {
  consent: Consent;
  onRevoked: (consent: Consent) => void;
}) {
  const { client } = consent;
  const nameId = useId();
  const scopesId = useId();
  const [asking, setAsking] = useState(false);

  return (
    <li className="app-row" aria-labelledby={nameId}>
      <div className="app-row-main">
        <AppRowHeader client={client} nameId={nameId} level={2} withWebsite>
          <p className="muted app-row-meta">
            Allowed on <time dateTime={consent.granted_at}>{grantedOn(consent.granted_at)}</time>
          </p>
        </AppRowHeader>
        <RowButton rowNameId={nameId} onClick={() => setAsking(true)}>
          Revoke
        </RowButton>
      </div>
      <div className="stack-tight">
        <p id={scopesId} className="app-row-subhead">
          It can:
        </p>
        <ul className="consent-scopes" aria-labelledby={scopesId}>
          {scopeGroupLines(consent.scopes, null).map((line) => (
            <li key={line.name}>
              <span className="scope-group">{line.group}:</span> {line.description}{" "}
              <code className="scope-name">{line.name}</code>
            </li>
          ))}
        </ul>
      </div>
      {asking ? (
        <ConfirmDialog
          title={`Revoke access for ${client.name}?`}
          confirmLabel="Revoke access"
          danger
          failure={`${client.name} could not be revoked. Try again.`}
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            await revokeConsent(client.client_id);
            onRevoked(consent);
          }}
        >
          <p>
            {client.name} loses its access to your account on this portal. To use it again, you allow it
            again.
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
