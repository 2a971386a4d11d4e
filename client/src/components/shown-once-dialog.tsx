import type { ReactNode } from "react";
import { useT } from "../hooks/use-intl.ts";
import { Dialog } from "./dialog.tsx";

interface ShownOnceDialogProps {
  title: string;
  onClose: () => void;
  /** What to do with it, and the value itself to copy. */
  children: ReactNode;
}

/**
 * A dialog showing what the server answers once (a one-time link, a client secret): there is nothing to decide,
 * only "Done" once it is copied.
 */
export function ShownOnceDialog({ title, onClose, children }: ShownOnceDialogProps) {
  const t = useT();
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t("common.done")}
        </button>
      </div>
    </Dialog>
  );
}
