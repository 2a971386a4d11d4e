import type { MessageKey } from "@gatehouse/shared";
import { FieldLabel } from "../../../components/field-label.tsx";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import { useT } from "../../../hooks/use-intl.ts";
import { useFieldText } from "./field-message.ts";
import type { FlagField } from "./fields.ts";
import type { SectionProps } from "./form-props.ts";

/** What each yes/no setting is called on the form, and what checking it does. */
const FLAGS: Record<FlagField, { label: MessageKey; hint: MessageKey }> = {
  allow_pkce: { label: "apps.form.allowPkce", hint: "apps.form.allowPkceHint" },
  allow_other_portals: { label: "apps.form.otherPortals", hint: "apps.form.otherPortalsHint" },
};

interface FlagCheckboxProps extends Pick<SectionProps, "draft" | "dispatch" | "register"> {
  field: FlagField;
}

/** One yes/no setting of the app, kept in the draft: a labelled checkbox with its hint and its message. */
export function FlagCheckbox({ field, draft, dispatch, register }: FlagCheckboxProps) {
  const t = useT();
  const { label, hint } = FLAGS[field];
  const error = useFieldText()(draft.errors[field]);
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="checkbox-field">
      <input
        id={id}
        ref={register(field)}
        className="checkbox"
        type="checkbox"
        name={field}
        checked={draft[field]}
        aria-invalid={invalid}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => dispatch({ type: "flag-set", field, value: event.target.checked })}
      />
      <div>
        <FieldLabel htmlFor={id}>{t(label)}</FieldLabel>
        <p id={hintId} className="field-hint">
          {t(hint)}
        </p>
        <FieldError id={errorId} error={error} />
      </div>
    </div>
  );
}
