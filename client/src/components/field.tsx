import { type InputHTMLAttributes, type Ref, useId } from "react";
import { FieldLabel } from "./field-label.tsx";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input: the label is a real `<label htmlFor>`, so clicking it focuses the field. */
export function Field({ label, className, ...input }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <input id={id} className={className ? `field-input ${className}` : "field-input"} {...input} />
    </div>
  );
}
