import type { ReactNode } from "react";

/**
 * The `<strong>…</strong>` tag of a catalogue sentence that names an email ("This invitation is for
 * <strong>{email}</strong>."): react-intl's rich text keeps the words around it free to move (docs/pages.md#languages).
 */
export function strongEmail(chunks: ReactNode[]): ReactNode {
  return <strong className="identity-email">{chunks}</strong>;
}
