import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { useId, useState } from "react";
import { createPasskey } from "../../api/passkey-ceremonies.ts";
import { addPasskey, listPasskeys } from "../../api/passkeys.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { SuccessNotice } from "../../components/success-notice.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useRemote } from "../../hooks/use-remote.ts";
import { PasskeyNameDialog } from "./passkey-dialogs.tsx";
import { PasskeyRow } from "./passkey-row.tsx";

/**
 * "Passkeys": the person's passkeys (name, created, last used), and "Add a passkey", which asks a
 * name and then the browser's own passkey dialog (docs/api.md#passkeys).
 */
export function PasskeysSection() {
  const headingId = useId();
  const passkeys = useRemote(listPasskeys);
  const { view, update } = passkeys;
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const supported = browserSupportsWebAuthn();

  async function add(name: string) {
    // A dialog the person closed fails as any other: the name dialog stays, to try again.
    const added = await addPasskey(name, await createPasskey());
    update((list) => [...list, added]);
    setNotice(t("account.passkeys.added", { name: added.name }));
    setAdding(false);
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("account.passkeys.heading")}</h2>
      <p className="muted">{t("account.passkeys.intro")}</p>
      <SuccessNotice message={notice} />
      {view.kind === "loading" ? <LoadingStatus label={t("account.passkeys.loading")} /> : null}
      {view.kind === "failed" ? (
        <LoadFailure
          message={generalFailure(t, view.error) ?? t("account.passkeys.loadFailed")}
          onRetry={passkeys.retry}
        />
      ) : null}
      {view.kind === "ready" && view.value.length === 0 ? <p>{t("account.passkeys.none")}</p> : null}
      {view.kind === "ready" && view.value.length > 0 ? (
        <ul className="person-list" aria-labelledby={headingId}>
          {view.value.map((passkey) => (
            <PasskeyRow
              key={passkey.id}
              passkey={passkey}
              onRenamed={(renamed) => {
                update((list) => list.map((each) => (each.id === renamed.id ? renamed : each)));
                setNotice(t("account.passkeys.renamed", { name: renamed.name }));
              }}
              onRemoved={() => {
                update((list) => list.filter((each) => each.id !== passkey.id));
                setNotice(t("account.passkeys.removed", { name: passkey.name }));
              }}
            />
          ))}
        </ul>
      ) : null}
      {supported ? (
        <div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t("account.passkeys.add")}
          </button>
        </div>
      ) : (
        <p className="muted">{t("account.passkeys.unsupported")}</p>
      )}
      {adding ? (
        <PasskeyNameDialog
          title={t("account.passkeys.add")}
          confirmLabel={t("common.continue")}
          initial=""
          failure={t("account.passkeys.addFailed")}
          onCancel={() => setAdding(false)}
          onSubmit={add}
        />
      ) : null}
    </section>
  );
}
