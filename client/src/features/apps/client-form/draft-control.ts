import { describedBy, useFieldIds } from "../../../components/form-field.tsx";
import { useFieldText } from "./field-message.ts";
import type { FieldName } from "./fields.ts";
import type { SectionProps } from "./form-props.ts";

/**
 * The attributes that tie one of the draft's controls (a file input, a select) to its label, hint and message, and
 * make it Save's focus target; spread `control` onto the element.
 */
export function useDraftControl(
  field: FieldName,
  { draft, register }: Pick<SectionProps, "draft" | "register">,
) {
  const error = useFieldText()(draft.errors[field]);
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return {
    error,
    hintId,
    errorId,
    control: {
      id,
      ref: register(field),
      name: field,
      "aria-invalid": invalid,
      "aria-describedby": describedBy(hintId, errorId),
    },
  };
}
