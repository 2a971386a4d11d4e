import type { ReactNode } from "react";

interface RowButtonProps {
  /** The id of the row's name: a screen reader hears "Remove, Bob", not a row of bare "Remove"s. */
  rowNameId: string;
  onClick: () => void;
  /** A call started by this button is under way. */
  pending?: boolean;
  /** Removing or deleting: drawn quieter than the other actions, in red. */
  danger?: boolean;
  children: ReactNode;
}

/** A small action on a list row. Not `disabled` while pending: that would drop the keyboard focus. */
export function RowButton({ rowNameId, onClick, pending = false, danger = false, children }: RowButtonProps) {
  return (
    <button
      type="button"
      className={danger ? "button button-danger-quiet button-small" : "button button-secondary button-small"}
      aria-disabled={pending || undefined}
      aria-describedby={rowNameId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
