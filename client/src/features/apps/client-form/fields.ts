/** The settings keys, in the order the form shows them: the first invalid one takes the focus. */
export const FIELDS = [
  "name",
  "website_url",
  "logo",
  "description",
  "allow_pkce",
  "redirect_uris",
  "allowed_origins",
  "scopes",
  "id_token_signed_response_alg",
  "allow_other_portals",
  "policy_url",
  "terms_url",
] as const;
export type FieldName = (typeof FIELDS)[number];

/** The fields by kind: typed text, a list of entries, a checkbox. */
export type TextField = "name" | "website_url" | "description" | "policy_url" | "terms_url";
export type EntryField = "redirect_uris" | "allowed_origins";
export type FlagField = "allow_pkce" | "allow_other_portals";
