import type { MessageKey } from "@gatehouse/shared";
import type { SecondFactors } from "@gatehouse/shared/schemas/second-factors";
import { LocalTime } from "../../components/local-time.tsx";
import { useIntl } from "../../hooks/use-intl.ts";

interface TwoFactorStatusProps {
  factors: SecondFactors;
  onStart: () => void;
  onRenew: () => void;
  onRemove: () => void;
  /** A set-up is being started: its button waits. */
  starting: boolean;
}

/** Off: "Set up authenticator app". On: since when, the recovery codes left, "New recovery codes" and "Remove". */
export function TwoFactorStatus({ factors, onStart, onRenew, onRemove, starting }: TwoFactorStatusProps) {
  const intl = useIntl();
  const t = (id: MessageKey, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  if (factors.totp === null) {
    return (
      <>
        <p>
          <span className="badge badge-neutral badge-alone">{t("account.twoFactor.off")}</span>
        </p>
        <div>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={starting || undefined}
            onClick={onStart}
          >
            {t("account.twoFactor.setUp")}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p>
        {intl.formatMessage(
          { id: "account.twoFactor.onSince" },
          { time: <LocalTime key="time" iso={factors.totp.created_at} /> },
        )}
      </p>
      <p className={factors.recovery_codes_remaining === 0 ? "notice notice-warning" : "muted"}>
        {t("account.twoFactor.codesLeft", { count: factors.recovery_codes_remaining })}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onRenew}>
          {t("account.twoFactor.newCodes")}
        </button>
        <button type="button" className="button button-danger-quiet" onClick={onRemove}>
          {t("common.remove")}
        </button>
      </div>
    </>
  );
}
