import { useId } from "react";
import { FieldLabel } from "../../../components/field-label.tsx";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import { useT } from "../../../hooks/use-intl.ts";
import { useFieldText } from "./field-message.ts";
import { TextField } from "./form-field.tsx";
import type { SectionProps } from "./form-props.ts";
import { IconField } from "./icon-field.tsx";

/** Name, website, icon and description: what people see of the app on the consent page. */
export function BasicSection(props: SectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("apps.form.basic")}</h2>
      <TextField
        label={t("apps.form.name")}
        field="name"
        autoComplete="off"
        required
        hint={t("apps.form.nameHint")}
        {...props}
      />
      <TextField
        label={t("apps.form.websiteUrl")}
        type="url"
        field="website_url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        required
        placeholder="https://app.example.com"
        {...props}
      />
      <IconField {...props} />
      <DescriptionField {...props} />
    </section>
  );
}

function DescriptionField({ draft, dispatch, register }: SectionProps) {
  const t = useT();
  const error = useFieldText()(draft.errors.description);
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>{t("apps.form.description")}</FieldLabel>
      <textarea
        id={id}
        ref={register("description")}
        className="field-input field-textarea"
        name="description"
        rows={3}
        value={draft.description}
        aria-invalid={invalid}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => dispatch({ type: "typed", field: "description", value: event.target.value })}
      />
      <p id={hintId} className="field-hint">
        {t("apps.form.descriptionHint", { count: draft.description.trim().length })}
      </p>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
