import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { useId, useState } from "react";
import { createPasskey } from "../../api/passkey-ceremonies.ts";
import { addPasskey, listPasskeys } from "../../api/passkeys.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { SuccessNotice } from "../../components/success-notice.tsx";
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
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const supported = browserSupportsWebAuthn();

  async function add(name: string) {
    // A dialog the person closed fails as any other: the name dialog stays, to try again.
    const added = await addPasskey(name, await createPasskey());
    update((list) => [...list, added]);
    setNotice(`The passkey “${added.name}” was added.`);
    setAdding(false);
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Passkeys</h2>
      <p className="muted">
        A passkey signs you in with this device’s screen lock or a security key, without your password. Once
        you have one, a sign-in with your password asks for it too.
      </p>
      <SuccessNotice message={notice} />
      {view.kind === "loading" ? <LoadingStatus label="Loading passkeys…" /> : null}
      {view.kind === "failed" ? (
        <LoadFailure
          message={view.error.description ?? "Your passkeys could not be loaded."}
          onRetry={passkeys.retry}
        />
      ) : null}
      {view.kind === "ready" && view.value.length === 0 ? <p>You have no passkeys yet.</p> : null}
      {view.kind === "ready" && view.value.length > 0 ? (
        <ul className="person-list" aria-labelledby={headingId}>
          {view.value.map((passkey) => (
            <PasskeyRow
              key={passkey.id}
              passkey={passkey}
              onRenamed={(renamed) => {
                update((list) => list.map((each) => (each.id === renamed.id ? renamed : each)));
                setNotice(`The passkey was renamed “${renamed.name}”.`);
              }}
              onRemoved={() => {
                update((list) => list.filter((each) => each.id !== passkey.id));
                setNotice(`The passkey “${passkey.name}” was removed.`);
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
            Add a passkey
          </button>
        </div>
      ) : (
        <p className="muted">This browser cannot create passkeys.</p>
      )}
      {adding ? (
        <PasskeyNameDialog
          title="Add a passkey"
          confirmLabel="Continue"
          initial=""
          failure="The passkey could not be added. Try again."
          onCancel={() => setAdding(false)}
          onSubmit={add}
        />
      ) : null}
    </section>
  );
}
