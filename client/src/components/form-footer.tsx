import { Alert } from "./alert.tsx";
import { SubmitButton } from "./submit-button.tsx";
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
 * A form's last lines: why the submit failed, what it saved, and the submit button.
 */
export function FormFooter({ action, label, notice, block = false }: FormFooterProps) {
  const button = (
    <SubmitButton pending={action.pending} block={block}>
      {label}
    </SubmitButton>
  );
  return (
    <>
      {action.failure ? <Alert>{action.failure}</Alert> : null}
      <SuccessNotice message={notice ?? null} />
      {block ? button : <div>{button}</div>}
    </>
  );
}
