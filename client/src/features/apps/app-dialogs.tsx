import type { Client } from "@gatehouse/shared";
import { deleteClient, regenerateClientSecret } from "../../api/clients.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ShownOnceDialog } from "../../components/shown-once-dialog.tsx";
import { useT } from "../../hooks/use-intl.ts";
import { ClientIdLine, ClientSecretField } from "./client-credentials.tsx";

interface AppDialogProps<Answer> {
  client: Client;
  onCancel: () => void;
  onDone: (answer: Answer) => void;
}

/** Asks before the old secret stops working; answers the new one. */
export function RegenerateSecretDialog({ client, onCancel, onDone }: AppDialogProps<string>) {
  const t = useT();
  const app = client.name;
  return (
    <ConfirmDialog
      title={t("apps.regenerate.title", { app })}
      confirmLabel={t("apps.regenerate.confirm")}
      onCancel={onCancel}
      onConfirm={async () => onDone(await regenerateClientSecret(client.client_id))}
    >
      <p>{t("apps.regenerate.text", { app })}</p>
    </ConfirmDialog>
  );
}

/** Asks before the app and every grant people gave it are gone. */
export function DeleteAppDialog({ client, onCancel, onDone }: AppDialogProps<void>) {
  const t = useT();
  const app = client.name;
  return (
    <ConfirmDialog
      title={t("apps.delete.title", { app })}
      confirmLabel={t("apps.delete.confirm")}
      danger
      onCancel={onCancel}
      onConfirm={async () => onDone(await deleteClient(client.client_id))}
    >
      <p>{t("apps.delete.text", { app })}</p>
    </ConfirmDialog>
  );
}

/** A regenerated secret, shown this once (docs/pages.md#settings). */
export function NewSecretDialog({
  client,
  secret,
  onClose,
}: {
  client: Client;
  secret: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <ShownOnceDialog title={t("apps.regenerate.newSecret", { app: client.name })} onClose={onClose}>
      <ClientIdLine clientId={client.client_id} />
      <ClientSecretField secret={secret} />
    </ShownOnceDialog>
  );
}
