import type { PortalSettings } from "@gatehouse/shared/schemas/second-factors";
import { useId } from "react";
import { getPortal, updatePortal } from "../../api/portal.ts";
import { Alert } from "../../components/alert.tsx";
import { FieldLabel } from "../../components/field-label.tsx";
import { LoadFailure } from "../../components/load-failure.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useRemote } from "../../hooks/use-remote.ts";

const LABEL = "Require two-factor authentication for everyone on this portal";

/** What follows a change, said under the checkbox. */
function hint(settings: PortalSettings, mayChange: boolean): string {
  const effect = settings.require_second_factor
    ? "Everyone signs in with a code from an authenticator app; people without one set it up at their next sign-in."
    : "Each person decides whether to add a second factor on Your account.";
  return mayChange ? effect : `${effect} Only owners can change this.`;
}

/** The portal's two-factor policy on People (docs/api.md#second-factors): owners change it, admins read it. */
export function PortalPolicy({ mayChange }: { mayChange: boolean }) {
  const id = useId();
  const hintId = useId();
  const settings = useRemote(getPortal);
  const { update } = settings;
  const save = useAction(
    async (require_second_factor: boolean) => {
      const saved = await updatePortal({ require_second_factor });
      update(() => saved);
    },
    { failure: "The setting could not be saved. Try again." },
  );

  if (settings.view.kind === "loading") return null;
  if (settings.view.kind === "failed") {
    return (
      <LoadFailure
        message={settings.view.error.description ?? "The portal's sign-in settings could not be loaded."}
        onRetry={settings.retry}
      />
    );
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
          <FieldLabel htmlFor={id}>{LABEL}</FieldLabel>
          <p id={hintId} className="field-hint">
            {hint(current, mayChange)}
          </p>
        </div>
      </div>
      {save.failure ? <Alert>{save.failure}</Alert> : null}
    </div>
  );
}
