import type { ReactNode } from "react";
import type { ApiError } from "../api/http.ts";
import { useAction } from "../hooks/use-action.ts";
import { Alert } from "./alert.tsx";
import { Dialog } from "./dialog.tsx";

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
  failure = "That did not work. Try again.",
  onCancel,
  onConfirm,
}: ConfirmDialogProps) {
  const confirm = useAction(onConfirm, { failure });

  return (
    <Dialog title={title} onClose={() => (confirm.pending ? undefined : onCancel())}>
      {children}
      {confirm.failure ? <Alert>{confirm.failure}</Alert> : null}
      <div className="dialog-actions">
        {/* First, so the dialog opens with the harmless choice focused. */}
        <button
          type="button"
          className="button button-secondary"
          disabled={confirm.pending}
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className={danger ? "button button-danger" : "button button-primary"}
          disabled={confirm.pending}
          onClick={() => void confirm.run()}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
