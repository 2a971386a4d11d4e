import { useId } from "react";
import { useT } from "../../../hooks/use-intl.ts";
import { FlagCheckbox } from "./flag-checkbox.tsx";
import type { SectionProps } from "./form-props.ts";

/** Where the app may be used: its own portal only, unless it is made available to other portals. */
export function PortalsSection(section: SectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("apps.form.portals")}</h2>
      <FlagCheckbox {...section} field="allow_other_portals" />
    </section>
  );
}
