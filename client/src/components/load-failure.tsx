import { useT } from "../hooks/use-intl.ts";
import { Alert } from "./alert.tsx";

/** A list that could not be loaded: why, and a way to try again. */
export function LoadFailure({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="stack-tight">
      <Alert>{message}</Alert>
      <div>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      </div>
    </div>
  );
}
