import { useId } from "react";
import { EntryList } from "./entry-list.tsx";
import { FlagCheckbox } from "./flag-checkbox.tsx";
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
export function SignInSection(section: SectionProps) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign-in</h2>
      <FlagCheckbox {...section} field="allow_pkce" />
      {ENTRY_LISTS.map((list) => (
        <EntryList key={list.field} {...list} {...section} />
      ))}
    </section>
  );
}
