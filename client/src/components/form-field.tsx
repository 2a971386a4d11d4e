import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from "react";
import { FieldLabel } from "./field-label.tsx";

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

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> & {
  label: string;
  value: string;
  error: string | undefined;
  hint?: ReactNode;
  inputRef: Ref<HTMLInputElement>;
  onValueChange: (value: string) => void;
};

/** A labelled one-line field with its hint and its message. */
export function TextField({ label, value, error, hint, inputRef, onValueChange, ...input }: TextFieldProps) {
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <input
        {...input}
        id={id}
        ref={inputRef}
        className="field-input"
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy(hint !== undefined && hintId, errorId)}
        onChange={(event) => onValueChange(event.target.value)}
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
