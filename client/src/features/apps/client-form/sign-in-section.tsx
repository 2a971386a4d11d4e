import { useId } from "react";
import { EntryList } from "./entry-list.tsx";
import { describedBy, FieldError, useFieldIds } from "./form-field.tsx";
import type { SectionProps } from "./form-props.ts";

const ENTRY_LISTS = [
  {
    field: "redirect_uris",
    legend: "Redirect URLs",
    hint: "Where Gatehouse sends people back after they decide, matched exactly. https, or http for localhost and 127.0.0.1.",
    placeholder: "https://app.example.com/callback",
  },
  {
    field: "allowed_origins",
    legend: "Allowed origins",
    hint: "The web origins (scheme://host[:port]) whose pages may call the token endpoint and the API.",
    placeholder: "https://app.example.com",
  },
] as const;

/** How the app signs people in: as a public client or not, and where they come from and go back to. */
export function SignInSection({ draft, dispatch, register }: SectionProps) {
  const headingId = useId();
  const error = draft.errors.allow_pkce;
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign-in</h2>
      <div className="checkbox-field">
        <input
          id={id}
          ref={register("allow_pkce")}
          className="checkbox"
          type="checkbox"
          name="allow_pkce"
          checked={draft.allow_pkce}
          aria-invalid={invalid}
          aria-describedby={describedBy(hintId, errorId)}
          onChange={(event) => dispatch({ type: "pkce-set", value: event.target.checked })}
        />
        <div>
          <label className="field-label" htmlFor={id}>
            Allow public client (PKCE)
          </label>
          <p id={hintId} className="field-hint">
            For single-page and mobile apps that cannot keep a secret: the app gets no client secret and must
            use PKCE.
          </p>
          <FieldError id={errorId} error={error} />
        </div>
      </div>
      {ENTRY_LISTS.map((list) => (
        <EntryList key={list.field} {...list} draft={draft} dispatch={dispatch} register={register} />
      ))}
    </section>
  );
}
