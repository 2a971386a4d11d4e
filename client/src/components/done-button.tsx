import { useT } from "../hooks/use-intl.ts";

interface DoneButtonProps {
  /** The person saw what is shown only once (a client secret, recovery codes) and moves on. */
  onDone: () => void;
}

/** "Done" under something shown once: on a line of its own, so it is never taken for one of its actions. */
export function DoneButton({ onDone }: DoneButtonProps) {
  const t = useT();
  return (
    <div>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t("common.done")}
      </button>
    </div>
  );
}
