import {
  type Client,
  type ClientSettings,
  clientSettingsSchema,
  clientUpdateSchema,
  originSchema,
  redirectUriSchema,
  type ScopeName,
  type SigningAlg,
  toggleScope,
} from "@gatehouse/shared";
import type { z } from "zod";
import { type FieldErrors, fieldErrors } from "./field-errors.ts";
import { entryIssueMessage, type FieldMessage } from "./field-message.ts";
import type { EntryField, FieldName, FlagField, TextField } from "./fields.ts";

/** The form's state: the settings as typed, and what is wrong with them. */
export interface ClientDraft
  extends Record<TextField, string>,
    Record<EntryField, string[]>,
    Record<FlagField, boolean> {
  /** A newly chosen icon as a `data:` URL; null keeps the current one. */
  logo: string | null;
  /** What is typed in each list's box and not added yet. */
  entries: Record<EntryField, string>;
  scopes: ReadonlySet<ScopeName>;
  /** How the app's ID tokens are signed (docs/api.md#id-tokens). */
  id_token_signed_response_alg: SigningAlg;
  errors: FieldErrors;
  /** A message no single field owns. */
  problem: FieldMessage | null;
}

/** What Save sends: a new app, or the changed settings of one. */
export type SaveRequest =
  | { kind: "create"; body: ClientSettings }
  | { kind: "update"; clientId: string; body: z.output<typeof clientUpdateSchema> };

export interface DraftCheck {
  /** The lists with the typed entries folded in, whatever the verdict. */
  lists: Pick<ClientDraft, EntryField | "entries">;
  errors: FieldErrors;
  problem: FieldMessage | null;
  /** Null while anything is wrong. */
  request: SaveRequest | null;
}

export type DraftAction =
  | { type: "typed"; field: TextField; value: string }
  | { type: "flag-set"; field: FlagField; value: boolean }
  | { type: "entry-typed"; field: EntryField; value: string }
  | { type: "entry-added"; field: EntryField }
  | { type: "entry-removed"; field: EntryField; entry: string }
  | { type: "scope-toggled"; name: ScopeName; checked: boolean }
  | { type: "alg-chosen"; alg: SigningAlg }
  | { type: "logo-chosen"; logo: string }
  | { type: "logo-refused"; message: FieldMessage }
  | { type: "error-shown"; field: FieldName; message: FieldMessage }
  | { type: "error-cleared"; field: FieldName }
  | { type: "errors-shown"; errors: FieldErrors }
  | { type: "checked"; check: DraftCheck };

const MAX_ENTRIES = 12;
const ENTRY = {
  redirect_uris: {
    schema: redirectUriSchema,
    twice: "apps.error.redirectTwice",
    full: "apps.error.redirectTooMany",
  },
  allowed_origins: {
    schema: originSchema,
    twice: "apps.error.originTwice",
    full: "apps.error.originTooMany",
  },
} as const;

export function initialDraft(client?: Client): ClientDraft {
  return {
    name: client?.name ?? "",
    website_url: client?.website_url ?? "",
    description: client?.description ?? "",
    policy_url: client?.policy_url ?? "",
    terms_url: client?.terms_url ?? "",
    allow_pkce: client?.allow_pkce ?? false,
    allow_other_portals: client?.allow_other_portals ?? false,
    logo: null,
    redirect_uris: client?.redirect_uris ?? [],
    allowed_origins: client?.allowed_origins ?? [],
    entries: { redirect_uris: "", allowed_origins: "" },
    scopes: new Set(client?.scopes ?? []),
    // RS256, the OpenID default, unless the app chose otherwise.
    id_token_signed_response_alg: client?.id_token_signed_response_alg ?? "RS256",
    errors: {},
    problem: null,
  };
}

/** The list with the typed entry appended, or why it cannot be. */
export function withEntry(
  field: EntryField,
  list: readonly string[],
  typed: string,
): { list: string[]; error?: FieldMessage } {
  const { schema, twice, full } = ENTRY[field];
  const parsed = schema.safeParse(typed);
  if (!parsed.success) return { list: [...list], error: entryIssueMessage(field, parsed.error.issues[0]) };
  if (list.includes(parsed.data)) return { list: [...list], error: { key: twice } };
  if (list.length >= MAX_ENTRIES)
    return { list: [...list], error: { key: full, values: { max: MAX_ENTRIES } } };
  return { list: [...list, parsed.data] };
}

function withoutError(errors: FieldErrors, field: FieldName): FieldErrors {
  if (errors[field] === undefined) return errors;
  const { [field]: _cleared, ...rest } = errors;
  return rest;
}

function addEntry(draft: ClientDraft, field: EntryField): ClientDraft {
  const { list, error } = withEntry(field, draft[field], draft.entries[field]);
  if (error) return { ...draft, errors: { ...draft.errors, [field]: error } };
  return {
    ...draft,
    [field]: list,
    entries: { ...draft.entries, [field]: "" },
    errors: withoutError(draft.errors, field),
  };
}

/**
 * A change to one field takes its message away: the person is fixing it, and a message that stays red after
 * the fix reads as a new fault. Save checks the whole draft again.
 */
function edited(draft: ClientDraft, field: FieldName, change: Partial<ClientDraft>): ClientDraft {
  return { ...draft, ...change, errors: withoutError(draft.errors, field) };
}

export function draftReducer(draft: ClientDraft, action: DraftAction): ClientDraft {
  switch (action.type) {
    case "typed":
      return edited(draft, action.field, { [action.field]: action.value });
    case "flag-set":
      return edited(draft, action.field, { [action.field]: action.value });
    case "entry-typed":
      return edited(draft, action.field, { entries: { ...draft.entries, [action.field]: action.value } });
    case "entry-added":
      return addEntry(draft, action.field);
    case "entry-removed":
      return edited(draft, action.field, {
        [action.field]: draft[action.field].filter((entry) => entry !== action.entry),
      });
    case "scope-toggled":
      return edited(draft, "scopes", { scopes: toggleScope(draft.scopes, action.name, action.checked) });
    case "alg-chosen":
      return edited(draft, "id_token_signed_response_alg", { id_token_signed_response_alg: action.alg });
    case "logo-chosen":
      return edited(draft, "logo", { logo: action.logo });
    case "logo-refused":
      return { ...draft, logo: null, errors: { ...draft.errors, logo: action.message } };
    case "error-shown":
      return { ...draft, errors: { ...draft.errors, [action.field]: action.message } };
    case "error-cleared":
      return { ...draft, errors: withoutError(draft.errors, action.field) };
    case "errors-shown":
      return { ...draft, errors: action.errors };
    case "checked":
      return { ...draft, ...action.check.lists, errors: action.check.errors, problem: action.check.problem };
  }
}

/**
 * Save's verdict on the draft, with the shared schema so the words next to each field are the server's own.
 * A typed entry whose Add was never pressed is surely meant to be in its list.
 */
export function checkDraft(draft: ClientDraft, client?: Client): DraftCheck {
  const lists: DraftCheck["lists"] = {
    redirect_uris: draft.redirect_uris,
    allowed_origins: draft.allowed_origins,
    entries: { ...draft.entries },
  };
  const entryErrors: FieldErrors = {};
  for (const field of ["redirect_uris", "allowed_origins"] as const) {
    if (draft.entries[field].trim() === "") continue;
    const { list, error } = withEntry(field, draft[field], draft.entries[field]);
    if (error) entryErrors[field] = error;
    else {
      lists[field] = list;
      lists.entries[field] = "";
    }
  }

  const settings = {
    name: draft.name,
    website_url: draft.website_url,
    description: draft.description,
    allow_pkce: draft.allow_pkce,
    redirect_uris: lists.redirect_uris,
    allowed_origins: lists.allowed_origins,
    scopes: [...draft.scopes],
    id_token_signed_response_alg: draft.id_token_signed_response_alg,
    allow_other_portals: draft.allow_other_portals,
    policy_url: draft.policy_url,
    terms_url: draft.terms_url,
  };
  // Editing keeps the current icon unless a new one was chosen; registering needs one.
  let request: SaveRequest | null = null;
  let issues: readonly z.core.$ZodIssue[] = [];
  if (client) {
    const parsed = clientUpdateSchema.safeParse(
      draft.logo === null ? settings : { ...settings, logo: draft.logo },
    );
    if (parsed.success) request = { kind: "update", clientId: client.client_id, body: parsed.data };
    else issues = parsed.error.issues;
  } else {
    const parsed = clientSettingsSchema.safeParse({ ...settings, logo: draft.logo ?? "" });
    if (parsed.success) request = { kind: "create", body: parsed.data };
    else issues = parsed.error.issues;
  }
  const { errors: schemaErrors, rest } = fieldErrors(issues);
  const errors = { ...schemaErrors, ...entryErrors };
  if (request === null || Object.keys(errors).length > 0) {
    return { lists, errors, problem: rest[0] ?? null, request: null };
  }
  return { lists, errors: {}, problem: null, request };
}
