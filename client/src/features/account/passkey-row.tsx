import type { Passkey } from "@gatehouse/shared/schemas/passkeys";
import { useId, useState } from "react";
import { removePasskey, renamePasskey } from "../../api/passkeys.ts";
import { TimeFact } from "../../components/fact.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useT } from "../../hooks/use-intl.ts";
import { PasskeyNameDialog, RemovePasskeyDialog } from "./passkey-dialogs.tsx";

interface PasskeyRowProps {
  passkey: Passkey;
  onRenamed: (passkey: Passkey) => void;
  onRemoved: () => void;
}

/** One passkey: its name, when it was added and last used; rename it, or remove it with the password. */
export function PasskeyRow({ passkey, onRenamed, onRemoved }: PasskeyRowProps) {
  const t = useT();
  const nameId = useId();
  const [open, setOpen] = useState<"rename" | "remove" | null>(null);

  return (
    <li className="person-row" aria-labelledby={nameId}>
      <div className="person-row-main">
        <h3 id={nameId} className="person-name">
          {passkey.name}
        </h3>
        <dl className="person-facts">
          <TimeFact term={t("account.passkeys.created")} iso={passkey.created_at} />
          <TimeFact term={t("account.passkeys.lastUsed")} iso={passkey.last_used_at} />
        </dl>
      </div>
      <div className="row-actions">
        <RowButton rowNameId={nameId} onClick={() => setOpen("rename")}>
          {t("account.passkeys.renameShort")}
        </RowButton>
        <RowButton rowNameId={nameId} danger onClick={() => setOpen("remove")}>
          {t("common.remove")}
        </RowButton>
      </div>
      {open === "rename" ? (
        <PasskeyNameDialog
          title={t("account.passkeys.rename")}
          confirmLabel={t("account.profile.save")}
          initial={passkey.name}
          failure={t("account.passkeys.renameFailed")}
          onCancel={() => setOpen(null)}
          onSubmit={async (name) => {
            onRenamed(await renamePasskey(passkey.id, name));
            setOpen(null);
          }}
        />
      ) : null}
      {open === "remove" ? (
        <RemovePasskeyDialog
          name={passkey.name}
          onCancel={() => setOpen(null)}
          onRemove={async (currentPassword) => {
            await removePasskey(passkey.id, currentPassword);
            onRemoved();
          }}
        />
      ) : null}
    </li>
  );
}
