import { useId } from "react";
import { useT } from "../../../hooks/use-intl.ts";
import { EntryList } from "./entry-list.tsx";
import { FlagCheckbox } from "./flag-checkbox.tsx";
import type { SectionProps } from "./form-props.ts";

const ENTRY_LISTS = [
  {
    field: "redirect_uris",
    legend: "apps.form.redirectUris",
    hint: "apps.form.redirectUrisHint",
    added: "apps.form.redirectUrisAdded",
    placeholder: "https://app.example.com/callback",
  },
  {
    field: "allowed_origins",
    legend: "apps.form.allowedOrigins",
    hint: "apps.form.allowedOriginsHint",
    added: "apps.form.allowedOriginsAdded",
    placeholder: "https://app.example.com",
  },
] as const;

/** How the app signs people in: as a public client or not, and where they come from and go back to. */
export function SignInSection(section: SectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("apps.form.signIn")}</h2>
      <FlagCheckbox {...section} field="allow_pkce" />
      {ENTRY_LISTS.map((list) => (
        <EntryList key={list.field} {...list} {...section} />
      ))}
    </section>
  );
}
