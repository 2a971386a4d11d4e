import { Alert } from "./alert.tsx";
import { SuccessNotice } from "./success-notice.tsx";

interface FormFooterProps {
  /** The submit call's state, as `useAction` keeps it. */
  action: { failure: string | null; pending: boolean };
  label: string;
  /** What a settings section says once it saved; the one-form pages move on instead. */
  notice?: string | null;
  /** The one-form pages (setup, reset, invitation) end with a full-width button. */
  block?: boolean;
}

/**
 * A form's last lines: why the submit failed, what it saved, and the submit button. The button stays enabled
 * while the call is under way (`aria-disabled`), so the keyboard focus is not dropped.
 */
export function FormFooter({ action, label, notice, block = false }: FormFooterProps) {
  const button = (
    <button
      type="submit"
      className={block ? "button button-primary button-block" : "button button-primary"}
      aria-disabled={action.pending || undefined}
    >
      {label}
    </button>
  );
  return (
    <>
      {action.failure ? <Alert>{action.failure}</Alert> : null}
      <SuccessNotice message={notice ?? null} />
      {block ? button : <div>{button}</div>}
    </>
  );
}
