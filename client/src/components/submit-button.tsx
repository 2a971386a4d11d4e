import type { ReactNode } from "react";

interface SubmitButtonProps {
  /** The submit call is under way: the button says so but stays enabled. */
  pending: boolean;
  /** Full width, as on the one-form pages (sign-in steps, setup, reset). */
  block?: boolean;
  /** What the button says while the call is under way ("Signing in…"); by default its usual words. */
  pendingLabel?: string;
  children: ReactNode;
}

/**
 * A form's primary submit button. It stays enabled while the call is under way (`aria-disabled`), so the
 * keyboard focus is not dropped to the page's start.
 */
export function SubmitButton({ pending, block = false, pendingLabel, children }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={block ? "button button-primary button-block" : "button button-primary"}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
