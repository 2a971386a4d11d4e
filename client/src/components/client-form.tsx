import {
  type Client,
  type CreatedClient,
  clientSettingsSchema,
  clientUpdateSchema,
  LOGO_MAX_BYTES,
  LOGO_MEDIA_TYPES,
  LOGO_MESSAGES,
  originSchema,
  redirectUriSchema,
  SCOPE_GROUPS,
  SCOPES,
  type ScopeDefinition,
  type ScopeName,
} from "@gatehouse/shared";
import {
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useId,
  useRef,
  useState,
} from "react";
import type { z } from "zod";
import { createClient, updateClient } from "../api/clients.ts";
import { toApiError } from "../api/http.ts";
import { Alert } from "./alert.tsx";

/** The settings keys, in the order the form shows them: the first invalid one takes the focus. */
const FIELDS = [
  "name",
  "website_url",
  "logo",
  "description",
  "allow_pkce",
  "redirect_uris",
  "allowed_origins",
  "scopes",
  "policy_url",
  "terms_url",
] as const;
type FieldName = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<FieldName, string>>;

function isFieldName(value: string): value is FieldName {
  return (FIELDS as readonly string[]).includes(value);
}

/** The issue's field is the settings key at the head of its path (`redirect_uris.0` belongs to the list). */
function fieldErrors(issues: readonly z.core.$ZodIssue[]): { errors: FieldErrors; rest: string[] } {
  const errors: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const head = issue.path[0];
    if (typeof head === "string" && isFieldName(head)) errors[head] ??= issue.message;
    else rest.push(issue.message);
  }
  return { errors, rest };
}

/** The server answers a rule it checks itself (the icon's real content) as `error_description: "field: message"`. */
function serverFieldError(description: string | undefined): FieldErrors | null {
  const match = /^([a-z_]+)(?:\.\d+)?: (.+)$/s.exec(description ?? "");
  const [, field, message] = match ?? [];
  if (!field || !message || !isFieldName(field)) return null;
  return { [field]: message };
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === "string" ? resolve(reader.result) : reject(new Error("not a data URL"));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

/** The four Read/Write groups; Open ID stands alone (contract §11). */
const ACCESS_GROUPS = SCOPE_GROUPS.filter((group) => group !== "Open ID").map((group) => ({
  group,
  read: SCOPES.find((scope) => scope.group === group && scope.access === "read"),
  write: SCOPES.find((scope) => scope.group === group && scope.access === "write"),
}));
const OPENID = SCOPES.find((scope) => scope.access === "identity");

/** Checking Write checks Read; unchecking Read unchecks Write, since Write without Read cannot exist. */
export function toggleScope(
  current: ReadonlySet<ScopeName>,
  name: ScopeName,
  checked: boolean,
): Set<ScopeName> {
  const next = new Set(current);
  const [resource, access] = name.split(":");
  if (checked) {
    next.add(name);
    if (access === "write") next.add(`${resource}:read` as ScopeName);
  } else {
    next.delete(name);
    if (access === "read") next.delete(`${resource}:write` as ScopeName);
  }
  return next;
}

interface ClientFormProps {
  /** The app being edited; without it the form registers a new one. */
  client?: Client;
  /** The server's answer: a new app carries its secret this once. */
  onSaved: (saved: CreatedClient) => void;
  onCancel: () => void;
}

/**
 * Contract §11: the settings of an OAuth app, validated on submit with the shared schema so the words next to
 * each field are the server's own; the rules only the server can check come back the same way.
 */
export function ClientForm({ client, onSaved, onCancel }: ClientFormProps) {
  const ids = {
    name: useId(),
    website_url: useId(),
    logo: useId(),
    description: useId(),
    allow_pkce: useId(),
    redirect_uris: useId(),
    allowed_origins: useId(),
    scopes: useId(),
    policy_url: useId(),
    terms_url: useId(),
  } satisfies Record<FieldName, string>;
  const fields = useRef<Partial<Record<FieldName, HTMLElement | null>>>({});

  const [name, setName] = useState(client?.name ?? "");
  const [websiteUrl, setWebsiteUrl] = useState(client?.website_url ?? "");
  const [logo, setLogo] = useState<string | null>(null);
  const [description, setDescription] = useState(client?.description ?? "");
  const [allowPkce, setAllowPkce] = useState(client?.allow_pkce ?? false);
  const [redirectUris, setRedirectUris] = useState<string[]>(client?.redirect_uris ?? []);
  const [redirectDraft, setRedirectDraft] = useState("");
  const [origins, setOrigins] = useState<string[]>(client?.allowed_origins ?? []);
  const [originDraft, setOriginDraft] = useState("");
  const [scopes, setScopes] = useState<ReadonlySet<ScopeName>>(new Set(client?.scopes ?? []));
  const [policyUrl, setPolicyUrl] = useState(client?.policy_url ?? "");
  const [termsUrl, setTermsUrl] = useState(client?.terms_url ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const preview = logo ?? client?.logo_uri ?? null;

  function showErrors(next: FieldErrors) {
    setErrors(next);
    const first = FIELDS.find((field) => next[field] !== undefined);
    if (first) fields.current[first]?.focus();
  }

  function clearError(field: FieldName) {
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    clearError("logo");
    // A first look at what the browser says; the server reads the content and has the last word.
    if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(file.type)) {
      setLogo(null);
      setErrors((current) => ({ ...current, logo: LOGO_MESSAGES.notAnImage }));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setLogo(null);
      setErrors((current) => ({ ...current, logo: LOGO_MESSAGES.tooLarge }));
      return;
    }
    try {
      setLogo(await readAsDataUrl(file));
    } catch {
      setErrors((current) => ({ ...current, logo: "The file could not be read. Choose another one." }));
    }
  }

  /** Validates a draft entry and returns the list with it appended, or an error message. */
  function withEntry(
    list: readonly string[],
    draft: string,
    schema: typeof redirectUriSchema | typeof originSchema,
    what: string,
  ): { list: string[]; error?: string } {
    const parsed = schema.safeParse(draft);
    if (!parsed.success)
      return { list: [...list], error: parsed.error.issues[0]?.message ?? `Check this ${what}` };
    if (list.includes(parsed.data)) return { list: [...list], error: `This ${what} is already added` };
    if (list.length >= 12) return { list: [...list], error: `Add at most 12 ${what}s` };
    return { list: [...list, parsed.data] };
  }

  function addRedirectUri() {
    const { list, error } = withEntry(redirectUris, redirectDraft, redirectUriSchema, "redirect URL");
    if (error) {
      setErrors((current) => ({ ...current, redirect_uris: error }));
      return;
    }
    setRedirectUris(list);
    setRedirectDraft("");
    clearError("redirect_uris");
  }

  function addOrigin() {
    const { list, error } = withEntry(origins, originDraft, originSchema, "allowed origin");
    if (error) {
      setErrors((current) => ({ ...current, allowed_origins: error }));
      return;
    }
    setOrigins(list);
    setOriginDraft("");
    clearError("allowed_origins");
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setFailure(null);

    // A typed entry whose Add was never pressed is surely meant to be in the list.
    const draftErrors: FieldErrors = {};
    let allRedirectUris = redirectUris;
    if (redirectDraft.trim() !== "") {
      const { list, error } = withEntry(redirectUris, redirectDraft, redirectUriSchema, "redirect URL");
      if (error) draftErrors.redirect_uris = error;
      else {
        allRedirectUris = list;
        setRedirectUris(list);
        setRedirectDraft("");
      }
    }
    let allOrigins = origins;
    if (originDraft.trim() !== "") {
      const { list, error } = withEntry(origins, originDraft, originSchema, "allowed origin");
      if (error) draftErrors.allowed_origins = error;
      else {
        allOrigins = list;
        setOrigins(list);
        setOriginDraft("");
      }
    }

    const settings = {
      name,
      website_url: websiteUrl,
      description,
      allow_pkce: allowPkce,
      redirect_uris: allRedirectUris,
      allowed_origins: allOrigins,
      scopes: [...scopes],
      policy_url: policyUrl,
      terms_url: termsUrl,
    };
    // Editing keeps the current icon unless a new one was chosen; registering needs one.
    let save: (() => Promise<CreatedClient>) | null = null;
    let issues: readonly z.core.$ZodIssue[] = [];
    if (client) {
      const parsed = clientUpdateSchema.safeParse(logo === null ? settings : { ...settings, logo });
      if (parsed.success) save = async () => ({ client: await updateClient(client.client_id, parsed.data) });
      else issues = parsed.error.issues;
    } else {
      const parsed = clientSettingsSchema.safeParse({ ...settings, logo: logo ?? "" });
      if (parsed.success) save = () => createClient(parsed.data);
      else issues = parsed.error.issues;
    }
    const { errors: schemaErrors, rest } = fieldErrors(issues);
    const found = { ...schemaErrors, ...draftErrors };
    if (save === null || Object.keys(found).length > 0) {
      if (rest.length > 0) setFailure(rest.join(" "));
      showErrors(found);
      return;
    }
    setErrors({});

    setPending(true);
    try {
      onSaved(await save());
    } catch (cause) {
      const error = await toApiError(cause);
      const fromServer = error.status === 400 ? serverFieldError(error.description) : null;
      if (fromServer) showErrors(fromServer);
      else if (error.status === 403) setFailure("Only owners and admins of this portal can manage apps.");
      else if (error.status === 401) setFailure("Your session has ended. Reload the page and sign in again.");
      else setFailure(error.description ?? "The app could not be saved. Try again.");
      setPending(false);
    }
  }

  const errorId = (field: FieldName) => (errors[field] ? `${ids[field]}-error` : undefined);
  const hintId = (field: FieldName) => `${ids[field]}-hint`;
  const invalid = (field: FieldName) => (errors[field] ? true : undefined);
  const errorText = (field: FieldName) =>
    errors[field] ? (
      <p id={errorId(field)} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="client-form" noValidate onSubmit={submit}>
      <section className="form-section" aria-labelledby={`${ids.name}-section`}>
        <h2 id={`${ids.name}-section`}>Basic information</h2>
        <div className="field">
          <label className="field-label" htmlFor={ids.name}>
            App name
          </label>
          <input
            id={ids.name}
            ref={(element) => {
              fields.current.name = element;
            }}
            className="field-input"
            name="name"
            autoComplete="off"
            required
            value={name}
            aria-invalid={invalid("name")}
            aria-describedby={describedBy(hintId("name"), errorId("name"))}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={hintId("name")} className="field-hint">
            3 to 256 characters, shown to people on the consent page.
          </p>
          {errorText("name")}
        </div>

        <div className="field">
          <label className="field-label" htmlFor={ids.website_url}>
            Website URL
          </label>
          <input
            id={ids.website_url}
            ref={(element) => {
              fields.current.website_url = element;
            }}
            className="field-input"
            type="url"
            name="website_url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            required
            placeholder="https://app.example.com"
            value={websiteUrl}
            aria-invalid={invalid("website_url")}
            aria-describedby={errorId("website_url")}
            onChange={(event) => setWebsiteUrl(event.target.value)}
          />
          {errorText("website_url")}
        </div>

        <div className="field">
          <label className="field-label" htmlFor={ids.logo}>
            App icon
          </label>
          <div className="logo-picker">
            <span className="logo-preview">
              {preview ? (
                <img src={preview} alt="App icon preview" width={32} height={32} />
              ) : (
                <span className="logo-placeholder" aria-hidden="true" />
              )}
            </span>
            <input
              id={ids.logo}
              ref={(element) => {
                fields.current.logo = element;
              }}
              className="file-input"
              type="file"
              name="logo"
              accept={LOGO_MEDIA_TYPES.join(",")}
              required={!client}
              aria-invalid={invalid("logo")}
              aria-describedby={describedBy(hintId("logo"), errorId("logo"))}
              onChange={(event) => void chooseLogo(event)}
            />
          </div>
          <p id={hintId("logo")} className="field-hint">
            A JPG, PNG or SVG image of exactly 32×32 pixels, at most 256 KB.
            {client ? " Leave it empty to keep the current icon." : ""}
          </p>
          {errorText("logo")}
        </div>

        <div className="field">
          <label className="field-label" htmlFor={ids.description}>
            Description
          </label>
          <textarea
            id={ids.description}
            ref={(element) => {
              fields.current.description = element;
            }}
            className="field-input field-textarea"
            name="description"
            rows={3}
            value={description}
            aria-invalid={invalid("description")}
            aria-describedby={describedBy(hintId("description"), errorId("description"))}
            onChange={(event) => setDescription(event.target.value)}
          />
          <p id={hintId("description")} className="field-hint">
            Optional, at most 255 characters ({description.trim().length} used).
          </p>
          {errorText("description")}
        </div>
      </section>

      <section className="form-section" aria-labelledby={`${ids.allow_pkce}-section`}>
        <h2 id={`${ids.allow_pkce}-section`}>Sign-in</h2>
        <div className="checkbox-field">
          <input
            id={ids.allow_pkce}
            ref={(element) => {
              fields.current.allow_pkce = element;
            }}
            className="checkbox"
            type="checkbox"
            name="allow_pkce"
            checked={allowPkce}
            aria-invalid={invalid("allow_pkce")}
            aria-describedby={describedBy(hintId("allow_pkce"), errorId("allow_pkce"))}
            onChange={(event) => setAllowPkce(event.target.checked)}
          />
          <div>
            <label className="field-label" htmlFor={ids.allow_pkce}>
              Allow public client (PKCE)
            </label>
            <p id={hintId("allow_pkce")} className="field-hint">
              For single-page and mobile apps that cannot keep a secret: the app gets no client secret and
              must use PKCE.
            </p>
            {errorText("allow_pkce")}
          </div>
        </div>

        <EntryList
          legend="Redirect URLs"
          ids={{ base: ids.redirect_uris, error: errorId("redirect_uris") }}
          hint="Where Gatehouse sends people back after they decide, matched exactly. https, or http for localhost and 127.0.0.1."
          placeholder="https://app.example.com/callback"
          entries={redirectUris}
          draft={redirectDraft}
          error={errors.redirect_uris}
          inputRef={(element) => {
            fields.current.redirect_uris = element;
          }}
          onDraftChange={setRedirectDraft}
          onAdd={addRedirectUri}
          onRemove={(url) => setRedirectUris((list) => list.filter((entry) => entry !== url))}
        />

        <EntryList
          legend="Allowed origins"
          ids={{ base: ids.allowed_origins, error: errorId("allowed_origins") }}
          hint="The web origins (scheme://host[:port]) whose pages may call the token endpoint and the API."
          placeholder="https://app.example.com"
          entries={origins}
          draft={originDraft}
          error={errors.allowed_origins}
          inputRef={(element) => {
            fields.current.allowed_origins = element;
          }}
          onDraftChange={setOriginDraft}
          onAdd={addOrigin}
          onRemove={(origin) => setOrigins((list) => list.filter((entry) => entry !== origin))}
        />
      </section>

      <section className="form-section" aria-labelledby={`${ids.scopes}-section`}>
        <h2 id={`${ids.scopes}-section`} className="visually-hidden">
          Access
        </h2>
        <fieldset className="fieldset" aria-describedby={describedBy(hintId("scopes"), errorId("scopes"))}>
          <legend className="field-label">Access scopes</legend>
          <p id={hintId("scopes")} className="field-hint">
            What the app may ask people for. Write includes Read.
          </p>
          <div className="scope-table-wrap">
            <table className="scope-table">
              <thead>
                <tr>
                  <th scope="col">Scope</th>
                  <th scope="col" className="scope-cell">
                    Read
                  </th>
                  <th scope="col" className="scope-cell">
                    Write
                  </th>
                </tr>
              </thead>
              <tbody>
                {ACCESS_GROUPS.map(({ group, read, write }, index) => (
                  <tr key={group}>
                    <th scope="row" className="scope-row-head">
                      <span className="scope-group">{group}</span>
                      {[read, write].map((scope) =>
                        scope ? (
                          <span
                            key={scope.name}
                            id={`${ids.scopes}-${scope.name}`}
                            className="scope-description"
                          >
                            {scope.access === "read" ? "Read" : "Write"}: {scope.description}
                          </span>
                        ) : null,
                      )}
                    </th>
                    {[read, write].map((scope, column) => (
                      <td key={scope?.name ?? column} className="scope-cell">
                        {scope ? (
                          <ScopeCheckbox
                            scope={scope}
                            checked={scopes.has(scope.name)}
                            describedBy={describedBy(`${ids.scopes}-${scope.name}`, errorId("scopes"))}
                            invalid={invalid("scopes")}
                            inputRef={
                              index === 0 && column === 0
                                ? (element) => {
                                    fields.current.scopes = element;
                                  }
                                : undefined
                            }
                            onChange={(checked) =>
                              setScopes((current) => toggleScope(current, scope.name, checked))
                            }
                          />
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
                {OPENID ? (
                  <tr>
                    <th scope="row" className="scope-row-head">
                      <span className="scope-group">{OPENID.group}</span>
                      <span id={`${ids.scopes}-${OPENID.name}`} className="scope-description">
                        {OPENID.description}
                      </span>
                    </th>
                    <td className="scope-cell" colSpan={2}>
                      <ScopeCheckbox
                        scope={OPENID}
                        checked={scopes.has(OPENID.name)}
                        describedBy={describedBy(`${ids.scopes}-${OPENID.name}`, errorId("scopes"))}
                        invalid={invalid("scopes")}
                        onChange={(checked) =>
                          setScopes((current) => toggleScope(current, OPENID.name, checked))
                        }
                      />
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          {errorText("scopes")}
        </fieldset>
      </section>

      <section className="form-section" aria-labelledby={`${ids.policy_url}-section`}>
        <h2 id={`${ids.policy_url}-section`}>Legal</h2>
        <UrlField
          id={ids.policy_url}
          label="Privacy policy URL"
          name="policy_url"
          value={policyUrl}
          error={errors.policy_url}
          inputRef={(element) => {
            fields.current.policy_url = element;
          }}
          onChange={setPolicyUrl}
        />
        <UrlField
          id={ids.terms_url}
          label="Terms of Service URL"
          name="terms_url"
          value={termsUrl}
          error={errors.terms_url}
          inputRef={(element) => {
            fields.current.terms_url = element;
          }}
          onChange={setTermsUrl}
        />
      </section>

      {failure ? <Alert>{failure}</Alert> : null}

      <div className="form-actions">
        {/* Not `disabled` while saving: a disabled button drops the keyboard focus to the page's start. */}
        <button type="submit" className="button button-primary" aria-disabled={pending || undefined}>
          Save
        </button>
        <button type="button" className="button button-secondary" disabled={pending} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ScopeCheckbox({
  scope,
  checked,
  describedBy: description,
  invalid,
  inputRef,
  onChange,
}: {
  scope: ScopeDefinition;
  checked: boolean;
  describedBy: string | undefined;
  invalid: true | undefined;
  inputRef?: ((element: HTMLInputElement | null) => void) | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <input
      ref={inputRef}
      className="checkbox"
      type="checkbox"
      name="scopes"
      value={scope.name}
      // The scope's own name is its accessible name (contract §11); the column header says Read or Write.
      aria-label={scope.name}
      aria-describedby={description}
      aria-invalid={invalid}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

function UrlField({
  id,
  label,
  name,
  value,
  error,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  name: string;
  value: string;
  error: string | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
  onChange: (value: string) => void;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="field-input"
        type="url"
        name={name}
        inputMode="url"
        spellCheck={false}
        required
        placeholder="https://app.example.com/…"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface EntryListProps {
  legend: string;
  ids: { base: string; error: string | undefined };
  hint: ReactNode;
  placeholder: string;
  entries: readonly string[];
  draft: string;
  error: string | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
  onDraftChange: (value: string) => void;
  onAdd: () => void;
  onRemove: (entry: string) => void;
}

/**
 * A list built one entry at a time: the group is named by its legend, so each "Add" button is told
 * apart by the group it sits in.
 */
function EntryList({
  legend,
  ids,
  hint,
  placeholder,
  entries,
  draft,
  error,
  inputRef,
  onDraftChange,
  onAdd,
  onRemove,
}: EntryListProps) {
  const legendId = `${ids.base}-legend`;
  const hintId = `${ids.base}-hint`;
  const input = useRef<HTMLInputElement | null>(null);

  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the entry, as the Add button does, instead of submitting the whole form.
    if (event.key === "Enter") {
      event.preventDefault();
      onAdd();
    }
  }

  return (
    <fieldset className="fieldset">
      <legend id={legendId} className="field-label">
        {legend}
      </legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <div className="add-row">
        <input
          id={ids.base}
          ref={(element) => {
            input.current = element;
            inputRef(element);
          }}
          className="field-input"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          value={draft}
          aria-labelledby={legendId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, ids.error)}
          onChange={(event) => onDraftChange(event.target.value)}
          onKeyDown={addOnEnter}
        />
        <button type="button" className="button button-secondary" onClick={onAdd}>
          Add
        </button>
      </div>
      {error ? (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <ul className="entry-list" aria-label={`Added ${legend.toLowerCase()}`}>
          {entries.map((entry) => (
            <li key={entry} className="entry">
              <code className="entry-value">{entry}</code>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`Remove ${entry}`}
                onClick={() => {
                  onRemove(entry);
                  // The button is about to vanish: keep the keyboard where the next entry is typed.
                  input.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
