import type { ReactNode } from "react";
import { useFocusOnOpen } from "../hooks/use-focus-on-open.ts";

interface PageHeaderProps {
  title: string;
  /** The section above the title, where the page has one ("Developer tools"). */
  eyebrow?: string;
  /** The page's main button; left out when the person may not use it (a 403 on the list). */
  action?: { label: string; onClick: () => void } | undefined;
  /** One paragraph on what the page is for. */
  children: ReactNode;
}

/** A settings list's heading (focusable, for useFocusOnStep), what it is for, and its main button beside them. */
export function PageHeader({ title, eyebrow, action, children }: PageHeaderProps) {
  const heading = useFocusOnOpen();
  return (
    <div className="page-header">
      <div className="stack-tight">
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="muted">{children}</p>
      </div>
      {action ? (
        <button type="button" className="button button-primary page-header-action" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
