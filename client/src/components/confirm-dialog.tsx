import type { ReactNode } from "react";
import type { ApiError } from "../api/http.ts";
import { useAction } from "../hooks/use-action.ts";
import { useT } from "../hooks/use-intl.ts";
import { Dialog } from "./dialog.tsx";
import { DialogActions } from "./dialog-actions.tsx";

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  children: ReactNode;
  /** What the person reads when the call fails; by default the server's description. */
  failure?: string | ((error: ApiError) => string | null);
  onCancel: () => void;
  /** Throws to keep the dialog open with the failure shown. */
  onConfirm: () => Promise<void>;
}

/** Asks before a change that cannot be taken back; the call runs inside, so its failure shows here. */
export function ConfirmDialog({
  title,
  confirmLabel,
  danger = false,
  children,
  failure,
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const t = useT();
  const confirm = useAction(onConfirm, { failure: failure ?? t("common.failed") });

  return (
    <Dialog title={title} onClose={() => (confirm.pending ? undefined : onCancel())}>
      {children}
      <DialogActions
        call={confirm}
        confirmLabel={confirmLabel}
        danger={danger}
        onCancel={onCancel}
        onConfirm={() => void confirm.run()}
      />
    </Dialog>
  );
}
