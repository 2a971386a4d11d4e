import type { Client, CreatedClient } from "@gatehouse/shared";
import { type FormEvent, useId, useReducer, useRef } from "react";
import { Alert } from "../../../components/alert.tsx";
import { useAction } from "../../../hooks/use-action.ts";
import { useT } from "../../../hooks/use-intl.ts";
import { BasicSection } from "./basic-section.tsx";
import { checkDraft, draftReducer, initialDraft } from "./client-draft.ts";
import { type FieldErrors, firstInvalid } from "./field-errors.ts";
import { useFieldText } from "./field-message.ts";
import type { FieldName } from "./fields.ts";
import { TextField } from "./form-field.tsx";
import type { SectionProps } from "./form-props.ts";
import { PortalsSection } from "./portals-section.tsx";
import { saveClient, saveFailure, serverFieldErrors } from "./save-client.ts";
import { ScopeSection } from "./scope-section.tsx";
import { SignInSection } from "./sign-in-section.tsx";

interface ClientFormProps {
  /** The app being edited; without it the form registers a new one. */
  client?: Client;
  /** The server's answer: a new app carries its secret this once. */
  onSaved: (saved: CreatedClient) => void;
  onCancel: () => void;
}

/**
 * docs/pages.md#settings: the settings of an OAuth app, validated on submit with the shared schema so the words next to
 * each field are the server's own; the rules only the server can check come back the same way.
 */
export function ClientForm({ client, onSaved, onCancel }: ClientFormProps) {
  const t = useT();
  const fieldText = useFieldText();
  const [draft, dispatch] = useReducer(draftReducer, client, initialDraft);
  const fields = useRef<Partial<Record<FieldName, HTMLElement | null>>>({});
  const register = (field: FieldName) => (element: HTMLElement | null) => {
    fields.current[field] = element;
  };

  function showErrors(errors: FieldErrors) {
    dispatch({ type: "errors-shown", errors });
    const first = firstInvalid(errors);
    if (first) fields.current[first]?.focus();
  }

  const save = useAction(
    async (request: Parameters<typeof saveClient>[0]) => onSaved(await saveClient(request)),
    {
      failure: (error) => saveFailure(error, t),
      onFailure: (error) => {
        const errors = serverFieldErrors(error);
        if (errors) showErrors(errors);
      },
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.pending) return;
    save.reset();
    const check = checkDraft(draft, client);
    dispatch({ type: "checked", check });
    if (check.request) {
      void save.run(check.request);
      return;
    }
    const first = firstInvalid(check.errors);
    if (first) fields.current[first]?.focus();
  }

  const sections: SectionProps = { draft, dispatch, register, client };
  const failure = fieldText(draft.problem ?? undefined) ?? save.failure;

  return (
    <form className="client-form" noValidate onSubmit={submit}>
      <BasicSection {...sections} />
      <SignInSection {...sections} />
      <ScopeSection {...sections} />
      <PortalsSection {...sections} />
      <LegalSection {...sections} />

      {failure ? <Alert>{failure}</Alert> : null}

      <div className="form-actions">
        {/* Not `disabled` while saving: a disabled button drops the keyboard focus to the page's start. */}
        <button type="submit" className="button button-primary" aria-disabled={save.pending || undefined}>
          {t("apps.form.save")}
        </button>
        <button type="button" className="button button-secondary" disabled={save.pending} onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

const LEGAL = [
  { field: "policy_url", label: "apps.form.policyUrl" },
  { field: "terms_url", label: "apps.form.termsUrl" },
] as const;

/** The app's privacy policy and terms, linked from the consent page. */
function LegalSection({ draft, dispatch, register }: SectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("apps.form.legal")}</h2>
      {LEGAL.map(({ field, label }) => (
        <TextField
          key={field}
          field={field}
          label={t(label)}
          type="url"
          inputMode="url"
          spellCheck={false}
          required
          placeholder="https://app.example.com/…"
          draft={draft}
          dispatch={dispatch}
          register={register}
        />
      ))}
    </section>
  );
}
