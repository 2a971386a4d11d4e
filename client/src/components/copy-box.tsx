import { type ReactNode, useId } from "react";
import { CopyButton } from "./copy-button.tsx";
import { FieldLabel } from "./field-label.tsx";

interface CopyBoxProps {
  label: string;
  /** Shown this once: the server keeps only its hash (docs/security.md#one-time-links). */
  value: string;
  rows: number;
  /** Said after "Copy" to screen readers, when a page holds several copy buttons. */
  copyLabel?: string;
  /** How long the value works, named by the box's `aria-describedby`. */
  hint?: ReactNode;
  /** A warning after the box. */
  children?: ReactNode;
}

/** A value the server answers once, in a read-only box that selects itself on focus, with a copy button. */
export function CopyBox({ label, value, rows, copyLabel, hint, children }: CopyBoxProps) {
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="stack-tight">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <div className="copy-row">
        <textarea
          id={id}
          className="field-input mono secret-value"
          readOnly
          rows={rows}
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={value} hiddenLabel={copyLabel} />
      </div>
      {hint === undefined ? null : (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}
