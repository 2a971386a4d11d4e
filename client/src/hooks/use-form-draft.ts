import { type Ref, useReducer, useRef } from "react";
import type { z } from "zod";

export type FormErrors<Field extends string> = Partial<Record<Field, string>>;

/** A small form's state: the values as typed, and what Submit found wrong with them. */
export interface FormDraft<Field extends string> {
  values: Record<Field, string>;
  errors: FormErrors<Field>;
}

export type FormAction<Field extends string> =
  | { type: "typed"; field: Field; value: string }
  | { type: "errors-shown"; errors: FormErrors<Field> }
  | { type: "cleared"; fields: readonly Field[] };

export function formDraftReducer<Field extends string>(
  draft: FormDraft<Field>,
  action: FormAction<Field>,
): FormDraft<Field> {
  switch (action.type) {
    case "typed": {
      // Typing answers the message about that field; the others stay until the next Submit.
      const errors = { ...draft.errors };
      delete errors[action.field];
      return { values: { ...draft.values, [action.field]: action.value }, errors };
    }
    case "errors-shown":
      return { ...draft, errors: action.errors };
    case "cleared": {
      const values = { ...draft.values };
      for (const field of action.fields) values[field] = "";
      return { values, errors: {} };
    }
  }
}

/**
 * The message of the first issue about each field, the field being the head of the issue's path; `say` words it
 * (zod's own message unless the page says it in its language, docs/pages.md#languages).
 */
export function issueErrors<Field extends string>(
  fields: readonly Field[],
  issues: readonly z.core.$ZodIssue[],
  say: (field: Field, issue: z.core.$ZodIssue) => string = (_, issue) => issue.message,
): FormErrors<Field> {
  const errors: FormErrors<Field> = {};
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field !== undefined) errors[field] ??= say(field, issue);
  }
  return errors;
}

/** What a field component needs from the draft for one field: spread it onto `TextField` or `PasswordField`. */
export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  onValueChange: (value: string) => void;
}

/**
 * A form as a draft in one reducer (house style: no `useState` per field); `showErrors` puts the messages
 * beside their fields and the focus on the first one, in the form's order.
 */
export function useFormDraft<Field extends string>(fields: readonly Field[], initial: Record<Field, string>) {
  const [draft, dispatch] = useReducer(formDraftReducer<Field>, { values: initial, errors: {} });
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const register = (field: Field) => (element: HTMLInputElement | null) => {
    inputs.current[field] = element;
  };
  const typed = (field: Field) => (value: string) => dispatch({ type: "typed", field, value });

  return {
    draft,
    dispatch,
    register,
    typed,
    field: (field: Field): FieldBinding => ({
      name: field,
      value: draft.values[field],
      error: draft.errors[field],
      inputRef: register(field),
      onValueChange: typed(field),
    }),
    showErrors: (errors: FormErrors<Field>) => {
      dispatch({ type: "errors-shown", errors });
      const first = fields.find((field) => errors[field] !== undefined);
      if (first !== undefined) inputs.current[first]?.focus();
    },
  };
}
