import type { FormEvent, ReactNode } from "react";
import { Dialog } from "./dialog.tsx";
import { DialogActions, type DialogCall } from "./dialog-actions.tsx";

export interface FormDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  /** The call the form sends: its failure shows here, and the dialog stays open while it runs. */
  call: DialogCall;
  /** The fields, and any sentence before them. */
  children: ReactNode;
  onCancel: () => void;
  /** Checks the fields and starts the call. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** A dialog that asks something (a name, the password again) and sends it with one call. */
export function FormDialog({
  title,
  confirmLabel,
  danger,
  call,
  children,
  onCancel,
  onSubmit,
}: FormDialogProps) {
  return (
    <Dialog title={title} onClose={() => (call.pending ? undefined : onCancel())}>
      <form className="stack" noValidate onSubmit={onSubmit}>
        {children}
        <DialogActions call={call} confirmLabel={confirmLabel} danger={danger} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
