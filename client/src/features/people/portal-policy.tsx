import type { PortalSettings } from "@gatehouse/shared/schemas/second-factors";
import { useId } from "react";
import { getPortal, updatePortal } from "../../api/portal.ts";
import { Alert } from "../../components/alert.tsx";
import { FieldLabel } from "../../components/field-label.tsx";
import { LoadFailure } from "../../components/load-failure.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";
import { useRemote } from "../../hooks/use-remote.ts";

/** What follows a change, said under the checkbox. */
function hint(t: Translate, settings: PortalSettings, mayChange: boolean): string {
  const effect = t(settings.require_second_factor ? "people.policy.on" : "people.policy.off");
  return mayChange ? effect : t("people.policy.hintOwnersOnly", { effect });
}

/** The portal's two-factor policy on People (docs/api.md#second-factors): owners change it, admins read it. */
export function PortalPolicy({ mayChange }: { mayChange: boolean }) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const settings = useRemote(getPortal);
  const { update } = settings;
  const save = useAction(
    async (require_second_factor: boolean) => {
      const saved = await updatePortal({ require_second_factor });
      update(() => saved);
    },
    {
      // Only owners change it: an admin who tries hears why (docs/api.md#second-factors).
      failure: (error) => t(error.status === 403 ? "people.policy.ownersOnly" : "people.policy.saveFailed"),
    },
  );

  if (settings.view.kind === "loading") return null;
  if (settings.view.kind === "failed") {
    return <LoadFailure message={t("people.policy.loadFailed")} onRetry={settings.retry} />;
  }
  const current = settings.view.value;
  return (
    <div className="stack-tight">
      <div className="checkbox-field">
        <input
          id={id}
          className="checkbox"
          type="checkbox"
          name="require_second_factor"
          checked={save.running ? save.running[0] : current.require_second_factor}
          disabled={!mayChange}
          aria-describedby={hintId}
          onChange={(event) => void save.run(event.target.checked)}
        />
        <div>
          <FieldLabel htmlFor={id}>{t("people.policy.label")}</FieldLabel>
          <p id={hintId} className="field-hint">
            {hint(t, current, mayChange)}
          </p>
        </div>
      </div>
      {save.failure ? <Alert>{save.failure}</Alert> : null}
    </div>
  );
}
