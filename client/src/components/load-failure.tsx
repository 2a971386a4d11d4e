import { Alert } from "./alert.tsx";

/** A list that could not be loaded: why, and a way to try again. */
export function LoadFailure({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="stack-tight">
      <Alert>{message}</Alert>
      <div>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
