import { CopyBox } from "../../components/copy-box.tsx";
import { CopyButton } from "../../components/copy-button.tsx";

/** An app's client ID, in monospace so that 0 and O, l and 1 cannot be confused, with a copy button. */
export function ClientIdLine({ clientId }: { clientId: string }) {
  return (
    <div className="credential">
      <span className="credential-label">Client ID</span>
      <span className="credential-value">
        <code className="mono">{clientId}</code>
        <CopyButton value={clientId} hiddenLabel="client ID" />
      </span>
    </div>
  );
}

/**
 * A client secret, shown the one time the server answers it (docs/pages.md#settings): the server keeps only its hash,
 * so once this is gone the only way on is a new secret.
 */
export function ClientSecretField({ secret }: { secret: string }) {
  return (
    <CopyBox label="Client secret" value={secret} rows={1}>
      <p className="notice notice-warning" role="alert">
        This secret will not be shown again. Copy it now and keep it safe.
      </p>
    </CopyBox>
  );
}
