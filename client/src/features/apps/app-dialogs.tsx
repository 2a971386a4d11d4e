import type { Client } from "@gatehouse/shared";
import { deleteClient, regenerateClientSecret } from "../../api/clients.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { ShownOnceDialog } from "../../components/shown-once-dialog.tsx";
import { ClientIdLine, ClientSecretField } from "./client-credentials.tsx";

interface AppDialogProps<Answer> {
  client: Client;
  onCancel: () => void;
  onDone: (answer: Answer) => void;
}

/** Asks before the old secret stops working; answers the new one. */
export function RegenerateSecretDialog({ client, onCancel, onDone }: AppDialogProps<string>) {
  return (
    <ConfirmDialog
      title={`Regenerate the secret of ${client.name}?`}
      confirmLabel="Create new secret"
      onCancel={onCancel}
      onConfirm={async () => onDone(await regenerateClientSecret(client.client_id))}
    >
      <p>
        The current secret stops working at once: {client.name} cannot redeem codes or refresh tokens until it
        is given the new one.
      </p>
    </ConfirmDialog>
  );
}

/** Asks before the app and every grant people gave it are gone. */
export function DeleteAppDialog({ client, onCancel, onDone }: AppDialogProps<void>) {
  return (
    <ConfirmDialog
      title={`Delete ${client.name}?`}
      confirmLabel="Delete app"
      danger
      onCancel={onCancel}
      onConfirm={async () => onDone(await deleteClient(client.client_id))}
    >
      <p>
        Everyone who allowed {client.name} loses that grant: its tokens stop working at once. This cannot be
        undone.
      </p>
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
  return (
    <ShownOnceDialog title={`New client secret for ${client.name}`} onClose={onClose}>
      <ClientIdLine clientId={client.client_id} />
      <ClientSecretField secret={secret} />
    </ShownOnceDialog>
  );
}
