import { CopyBox } from "../../components/copy-box.tsx";
import { CopyButton } from "../../components/copy-button.tsx";
import { useT } from "../../hooks/use-intl.ts";

/** An app's client ID, in monospace so that 0 and O, l and 1 cannot be confused, with a copy button. */
export function ClientIdLine({ clientId }: { clientId: string }) {
  const t = useT();
  return (
    <div className="credential">
      <span className="credential-label">{t("apps.credentials.clientId")}</span>
      <span className="credential-value">
        <code className="mono">{clientId}</code>
        <CopyButton value={clientId} hiddenLabel={t("apps.credentials.clientIdCopy")} />
      </span>
    </div>
  );
}

/**
 * A client secret, shown the one time the server answers it (docs/pages.md#settings): the server keeps only its hash,
 * so once this is gone the only way on is a new secret.
 */
export function ClientSecretField({ secret }: { secret: string }) {
  const t = useT();
  return (
    <CopyBox label={t("apps.credentials.clientSecret")} value={secret} rows={1}>
      <p className="notice notice-warning" role="alert">
        {t("apps.credentials.shownOnce")}
      </p>
    </CopyBox>
  );
}
