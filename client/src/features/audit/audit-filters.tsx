import { auditEventNameSchema } from "@gatehouse/shared/schemas/audit";
import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { Field } from "../../components/field.tsx";
import { useT } from "../../hooks/use-intl.ts";
import { type AuditFilters, EMPTY_FILTERS } from "./audit-query.ts";

/** Person, event and last day to show; applied together with "Filter", cleared with "Clear". */
export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_FILTERS);
  const eventId = useId();
  // Each control shows one filter and changes only that one.
  const bind = (filter: keyof AuditFilters) => ({
    value: draft[filter],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setDraft((current) => ({ ...current, [filter]: event.target.value })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  function clear() {
    setDraft(EMPTY_FILTERS);
    onApply(EMPTY_FILTERS);
  }

  return (
    <form className="audit-filters" aria-label={t("audit.filter")} onSubmit={submit}>
      <Field label={t("audit.person")} placeholder={t("audit.personPlaceholder")} {...bind("person")} />
      <div className="field">
        <label className="field-label" htmlFor={eventId}>
          {t("audit.event")}
        </label>
        <select id={eventId} className="field-input" {...bind("event")}>
          <option value="">{t("audit.allEvents")}</option>
          {auditEventNameSchema.options.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <Field label={t("audit.until")} type="date" {...bind("until")} />
      <div className="audit-filters-actions">
        <button type="submit" className="button button-primary">
          {t("audit.apply")}
        </button>
        <button type="button" className="button button-secondary" onClick={clear}>
          {t("audit.clear")}
        </button>
      </div>
    </form>
  );
}
