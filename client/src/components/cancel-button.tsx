import { useT } from "../hooks/use-intl.ts";

interface CancelButtonProps {
  /** Without one there is no way back, and no button. */
  onCancel: (() => void) | undefined;
  disabled?: boolean;
}

/** "Cancel" beside a step's main action, where the person may leave the step as it was. */
export function CancelButton({ onCancel, disabled }: CancelButtonProps) {
  const t = useT();
  return onCancel ? (
    <button type="button" className="button button-secondary" disabled={disabled} onClick={onCancel}>
      {t("common.cancel")}
    </button>
  ) : null;
}
