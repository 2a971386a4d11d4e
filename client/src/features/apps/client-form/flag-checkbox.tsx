import { FieldLabel } from "../../../components/field-label.tsx";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import type { FlagField } from "./client-draft.ts";
import type { SectionProps } from "./form-props.ts";

/** What each yes/no setting is called on the form, and what checking it does. */
const FLAGS: Record<FlagField, { label: string; hint: string }> = {
  allow_pkce: {
    label: "Allow public client (PKCE)",
    hint: "For single-page and mobile apps that cannot keep a secret: the app gets no client secret and must use PKCE.",
  },
  allow_other_portals: {
    label: "Available to other portals",
    hint: "Unchecked, the app can be used on this portal only: people without an account here are refused. Making it private again ends its grants on other portals.",
  },
};

interface FlagCheckboxProps extends Pick<SectionProps, "draft" | "dispatch" | "register"> {
  field: FlagField;
}

/** One yes/no setting of the app, kept in the draft: a labelled checkbox with its hint and its message. */
export function FlagCheckbox({ field, draft, dispatch, register }: FlagCheckboxProps) {
  const { label, hint } = FLAGS[field];
  const error = draft.errors[field];
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
        <FieldLabel htmlFor={id}>{label}</FieldLabel>
        <p id={hintId} className="field-hint">
          {hint}
        </p>
        <FieldError id={errorId} error={error} />
      </div>
    </div>
  );
}
