import { Alert } from "./alert.tsx";
import { CancelButton } from "./cancel-button.tsx";

/** What a dialog's buttons need of the call it runs (a `useAction`). */
export interface DialogCall {
  pending: boolean;
  failure: string | null;
}

interface DialogActionsProps {
  call: DialogCall;
  confirmLabel: string;
  danger?: boolean;
  onCancel: () => void;
  /** Runs the call; without it the button submits the form the actions stand in. */
  onConfirm?: () => void;
}

/** The end of a dialog that runs one call: its failure, then Cancel and the button that runs it, both held while it runs. */
export function DialogActions({
  call,
  confirmLabel,
  danger = false,
  onCancel,
  onConfirm,
}: DialogActionsProps) {
  return (
    <>
      {call.failure ? <Alert>{call.failure}</Alert> : null}
      <div className="dialog-actions">
        {/* First, so the dialog opens with the harmless choice focused. */}
        <CancelButton onCancel={onCancel} disabled={call.pending} />
        <button
          type={onConfirm ? "button" : "submit"}
          className={danger ? "button button-danger" : "button button-primary"}
          disabled={call.pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
