import { useId } from "react";
import { FieldLabel } from "../../../components/field-label.tsx";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import { TextField } from "./form-field.tsx";
import type { SectionProps } from "./form-props.ts";
import { IconField } from "./icon-field.tsx";

/** Name, website, icon and description: what people see of the app on the consent page. */
export function BasicSection(props: SectionProps) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Basic information</h2>
      <TextField
        label="App name"
        field="name"
        autoComplete="off"
        required
        hint="3 to 256 characters, shown to people on the consent page."
        {...props}
      />
      <TextField
        label="Website URL"
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
  const error = draft.errors.description;
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>Description</FieldLabel>
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
        Optional, at most 255 characters ({draft.description.trim().length} used).
      </p>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
