import { useId } from "react";
import { EntryList } from "./entry-list.tsx";
import { CheckboxField } from "./form-field.tsx";
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
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign-in</h2>
      <CheckboxField
        label="Allow public client (PKCE)"
        name="allow_pkce"
        checked={draft.allow_pkce}
        hint="For single-page and mobile apps that cannot keep a secret: the app gets no client secret and must use PKCE."
        error={draft.errors.allow_pkce}
        inputRef={register("allow_pkce")}
        onCheckedChange={(value) => dispatch({ type: "flag-set", field: "allow_pkce", value })}
      />
      {ENTRY_LISTS.map((list) => (
        <EntryList key={list.field} {...list} draft={draft} dispatch={dispatch} register={register} />
      ))}
    </section>
  );
}
