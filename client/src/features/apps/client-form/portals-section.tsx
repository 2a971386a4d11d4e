import { useId } from "react";
import { CheckboxField } from "./form-field.tsx";
import type { SectionProps } from "./form-props.ts";

/** Where the app may be used: its own portal only, unless it is made available to other portals. */
export function PortalsSection({ draft, dispatch, register }: SectionProps) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Portals</h2>
      <CheckboxField
        label="Available to other portals"
        name="allow_other_portals"
        checked={draft.allow_other_portals}
        hint="Unchecked, the app can be used on this portal only: people without an account here are refused. Making it private again ends its grants on other portals."
        error={draft.errors.allow_other_portals}
        inputRef={register("allow_other_portals")}
        onCheckedChange={(value) => dispatch({ type: "flag-set", field: "allow_other_portals", value })}
      />
    </section>
  );
}
