import type { MessageKey } from "@gatehouse/shared";
import { type KeyboardEvent, useRef } from "react";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import { UrlText } from "../../../components/url-text.tsx";
import { useT } from "../../../hooks/use-intl.ts";
import { useFieldText } from "./field-message.ts";
import type { EntryField } from "./fields.ts";
import type { SectionProps } from "./form-props.ts";

interface EntryListProps extends Pick<SectionProps, "draft" | "dispatch" | "register"> {
  field: EntryField;
  legend: MessageKey;
  hint: MessageKey;
  /** The list's own name, for screen readers. */
  added: MessageKey;
  placeholder: string;
}

/**
 * A list built one entry at a time: the group is named by its legend, so each "Add" button is told
 * apart by the group it sits in.
 */
export function EntryList(props: EntryListProps) {
  const { field, legend, hint, added, placeholder, draft, dispatch, register } = props;
  const t = useT();
  const error = useFieldText()(draft.errors[field]);
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  const legendId = `${id}-legend`;
  const input = useRef<HTMLInputElement | null>(null);
  const keep = register(field);
  const add = () => dispatch({ type: "entry-added", field });

  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the entry, as the Add button does, instead of submitting the whole form.
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="fieldset">
      <legend id={legendId} className="field-label">
        {t(legend)}
      </legend>
      <p id={hintId} className="field-hint">
        {t(hint)}
      </p>
      <div className="add-row">
        <input
          id={id}
          ref={(element) => {
            input.current = element;
            keep(element);
          }}
          className="field-input"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          value={draft.entries[field]}
          aria-labelledby={legendId}
          aria-invalid={invalid}
          aria-describedby={describedBy(hintId, errorId)}
          onChange={(event) => dispatch({ type: "entry-typed", field, value: event.target.value })}
          onKeyDown={addOnEnter}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          {t("apps.form.add")}
        </button>
      </div>
      <FieldError id={errorId} error={error} />
      {draft[field].length > 0 ? (
        <ul className="entry-list" aria-label={t(added)}>
          {draft[field].map((entry) => (
            <li key={entry} className="entry">
              <code className="entry-value">
                <UrlText url={entry} />
              </code>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t("apps.form.removeEntry", { entry })}
                onClick={() => {
                  dispatch({ type: "entry-removed", field, entry });
                  // The button is about to vanish: keep the keyboard where the next entry is typed.
                  input.current?.focus();
                }}
              >
                {t("common.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
