import type { SecondFactors } from "@gatehouse/shared/schemas/second-factors";
import { LocalTime } from "../../components/local-time.tsx";

interface TwoFactorStatusProps {
  factors: SecondFactors;
  onStart: () => void;
  onRenew: () => void;
  onRemove: () => void;
  /** A set-up is being started: its button waits. */
  starting: boolean;
}

function remaining(count: number): string {
  if (count === 0) return "No recovery codes left: make new ones.";
  return count === 1 ? "1 recovery code left" : `${count} recovery codes left`;
}

/** Off: "Set up authenticator app". On: since when, the recovery codes left, "New recovery codes" and "Remove". */
export function TwoFactorStatus({ factors, onStart, onRenew, onRemove, starting }: TwoFactorStatusProps) {
  if (factors.totp === null) {
    return (
      <>
        <p>
          <span className="badge badge-neutral badge-alone">Off</span>
        </p>
        <div>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={starting || undefined}
            onClick={onStart}
          >
            Set up authenticator app
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p>
        Authenticator app: on since <LocalTime iso={factors.totp.created_at} />
      </p>
      <p className={factors.recovery_codes_remaining === 0 ? "notice notice-warning" : "muted"}>
        {remaining(factors.recovery_codes_remaining)}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onRenew}>
          New recovery codes
        </button>
        <button type="button" className="button button-danger-quiet" onClick={onRemove}>
          Remove
        </button>
      </div>
    </>
  );
}
