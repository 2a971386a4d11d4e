import type { InputHTMLAttributes, ReactNode } from "react";
import { TextField as PlainTextField } from "../../../components/form-field.tsx";
import { useFieldText } from "./field-message.ts";
import type { TextField as TextFieldName } from "./fields.ts";
import type { SectionProps } from "./form-props.ts";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "value" | "onChange"> &
  Pick<SectionProps, "draft" | "dispatch" | "register"> & {
    field: TextFieldName;
    label: string;
    hint?: ReactNode;
  };

/** A labelled one-line field bound to the app's draft: its value, its message and its focus target. */
export function TextField({ field, draft, dispatch, register, ...inputProps }: TextFieldProps) {
  const fieldText = useFieldText();
  return (
    <PlainTextField
      {...inputProps}
      name={field}
      value={draft[field]}
      error={fieldText(draft.errors[field])}
      inputRef={register(field)}
      onValueChange={(value) => dispatch({ type: "typed", field, value })}
    />
  );
}
