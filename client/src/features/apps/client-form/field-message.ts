import { type MessageKey, messageOf } from "@gatehouse/shared";
import type { z } from "zod";
import { type Translate, useT } from "../../../hooks/use-intl.ts";
import type { EntryField, FieldName } from "./fields.ts";

/**
 * What is wrong with a field: a catalogue message, said in the page's language when it is shown, or the server's
 * own words for a refusal the catalogue does not know (docs/pages.md#languages).
 */
export type FieldMessage = { key: MessageKey; values?: Record<string, string | number> } | { text: string };

type Field = Exclude<FieldName, "allow_pkce" | "allow_other_portals" | "id_token_signed_response_alg">;
type Code = z.core.$ZodIssue["code"];

const URL_FIELD = (tooLong: MessageKey, invalid: MessageKey) => ({ too_big: tooLong, custom: invalid });

/** The settings schema's refusals (shared/src/schemas/api.ts) by field and issue code; a list's own issues. */
const LIST_ISSUES: Record<Field, Partial<Record<Code, MessageKey>>> = {
  name: { too_small: "apps.error.nameLength", too_big: "apps.error.nameLength" },
  website_url: URL_FIELD("apps.error.websiteUrlTooLong", "apps.error.websiteUrlInvalid"),
  policy_url: URL_FIELD("apps.error.policyUrlTooLong", "apps.error.policyUrlInvalid"),
  terms_url: URL_FIELD("apps.error.termsUrlTooLong", "apps.error.termsUrlInvalid"),
  logo: {
    too_small: "apps.error.logoMissing",
    too_big: "apps.error.logoTooLarge",
    invalid_format: "apps.error.logoNotAnImage",
  },
  description: { too_big: "apps.error.descriptionTooLong" },
  scopes: { too_small: "apps.error.scopesMissing" },
  redirect_uris: {
    too_small: "apps.error.redirectNone",
    too_big: "apps.error.redirectTooMany",
    custom: "apps.error.redirectRepeated",
  },
  allowed_origins: {
    too_small: "apps.error.originNone",
    too_big: "apps.error.originTooMany",
    custom: "apps.error.originRepeated",
  },
};

/**
 * The issues of one entry of a list (`redirect_uris.0`), or of the entry typed in its box. The redirect URL's
 * custom issue has several reasons, told apart by the schema's own English (client-form-languages.test.tsx
 * checks each one maps back to it).
 */
const ENTRY_ISSUES: Record<EntryField, Partial<Record<Code, readonly MessageKey[]>>> = {
  redirect_uris: {
    too_small: ["apps.error.redirectMissing"],
    too_big: ["apps.error.redirectTooLong"],
    custom: [
      "apps.error.redirectNotAbsolute",
      "apps.error.redirectFragment",
      "apps.error.redirectCredentials",
      "apps.error.redirectHttps",
    ],
  },
  allowed_origins: { too_small: ["apps.error.originMissing"], custom: ["apps.error.originInvalid"] },
};

/** When the entry's issue is none the catalogue knows. */
const ENTRY_CHECK: Record<EntryField, MessageKey> = {
  redirect_uris: "apps.error.redirectCheck",
  allowed_origins: "apps.error.originCheck",
};

const isField = (value: unknown): value is Field => typeof value === "string" && value in LIST_ISSUES;

/** A message key whose English is `text`, among `keys`. */
function keyOfEnglish(keys: readonly MessageKey[], text: string): MessageKey | undefined {
  return keys.find((key) => messageOf("en", key) === text);
}

/** An issue of an entry of `field`'s list, as the catalogue says it. */
export function entryIssueMessage(field: EntryField, issue: z.core.$ZodIssue | undefined): FieldMessage {
  if (!issue) return { key: ENTRY_CHECK[field] };
  const found = ENTRY_ISSUES[field][issue.code] ?? [];
  const key = found.length === 1 ? found[0] : keyOfEnglish(found, issue.message);
  return { key: key ?? ENTRY_CHECK[field] };
}

/** An issue of the settings schema, as the catalogue says it: never zod's English (docs/pages.md#languages). */
export function issueMessage(issue: z.core.$ZodIssue): FieldMessage {
  const [head, index] = issue.path;
  if ((head === "redirect_uris" || head === "allowed_origins") && typeof index === "number")
    return entryIssueMessage(head, issue);
  const key = isField(head) ? LIST_ISSUES[head][issue.code] : undefined;
  if (!key) return { key: "apps.error.check" };
  // A list's limit is said with its number, the plural of each language.
  return issue.code === "too_big" && "maximum" in issue && issue.origin === "array"
    ? { key, values: { max: Number(issue.maximum) } }
    : { key };
}

/** The keys whose English the server may answer as a field's refusal (`logo: …`, `redirect_uris.0: …`). */
const SERVER_KEYS: readonly MessageKey[] = [
  ...new Set(
    [...Object.values(LIST_ISSUES), ...Object.values(ENTRY_ISSUES)].flatMap((codes) =>
      Object.values(codes).flat(),
    ),
  ),
];
const LOGO_SIZE = /^App icon must be exactly 32×32 pixels \(this one is (\d+)×(\d+)\)$/;

/** The server's English refusal of a field, in the catalogue when it knows it; else the server's words. */
export function serverMessage(text: string): FieldMessage {
  const key = keyOfEnglish(SERVER_KEYS, text);
  if (key) return { key };
  const size = LOGO_SIZE.exec(text);
  if (size)
    return { key: "apps.error.logoSize", values: { width: Number(size[1]), height: Number(size[2]) } };
  return { text };
}

export function messageText(t: Translate, message: FieldMessage): string {
  return "text" in message ? message.text : t(message.key, message.values);
}

/** Says a field's message in the page's language; nothing when the field has none. */
export function useFieldText(): (message: FieldMessage | undefined) => string | undefined {
  const t = useT();
  return (message) => (message === undefined ? undefined : messageText(t, message));
}
