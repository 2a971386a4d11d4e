import { type InputHTMLAttributes, type ReactNode, useId } from "react";
import { FieldLabel } from "../../../components/field-label.tsx";
import type { TextField as TextFieldName } from "./client-draft.ts";
import type { SectionProps } from "./form-props.ts";

/** The ids an `aria-describedby` names, or nothing when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

interface FieldIds {
  id: string;
  hintId: string;
  errorId: string | undefined;
  invalid: true | undefined;
}

/** A field's id, and the ids of its hint and of its message when it has one. */
export function useFieldIds(error: string | undefined): FieldIds {
  const id = useId();
  return {
    id,
    hintId: `${id}-hint`,
    errorId: error ? `${id}-error` : undefined,
    invalid: error ? true : undefined,
  };
}

/** What is wrong with a field, named by the field's `aria-describedby`. */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "value" | "onChange"> &
  Pick<SectionProps, "draft" | "dispatch" | "register"> & {
    field: TextFieldName;
    label: string;
    hint?: ReactNode;
  };

/** A labelled one-line field of the draft, with its hint and its message. */
export function TextField({ field, label, hint, draft, dispatch, register, ...input }: TextFieldProps) {
  const error = draft.errors[field];
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <input
        {...input}
        id={id}
        ref={register(field)}
        className="field-input"
        name={field}
        value={draft[field]}
        aria-invalid={invalid}
        aria-describedby={describedBy(hint !== undefined && hintId, errorId)}
        onChange={(event) => dispatch({ type: "typed", field, value: event.target.value })}
      />
      {hint !== undefined ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
