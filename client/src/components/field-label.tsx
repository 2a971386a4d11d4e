import type { ReactNode } from "react";

/** A field's visible name: a real `<label htmlFor>`, so clicking it focuses the field. */
export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label className="field-label" htmlFor={htmlFor}>
      {children}
    </label>
  );
}
