import { z } from "zod";
import { CATALOGUES } from "./i18n/catalogues.ts";
import { en } from "./i18n/en.ts";
import type { Locale } from "./i18n/locales.ts";

/** The scopes Gatehouse knows (docs/scopes.md#catalogue), in the order the consent page lists them. */
export const scopeNameSchema = z.enum([
  "accounts.self:read",
  "accounts.self:write",
  "accounts:read",
  "accounts:write",
  "files:read",
  "files:write",
  "rooms:read",
  "rooms:write",
  "openid",
  "profile",
  "email",
]);
export const SCOPE_NAMES: readonly ScopeName[] = scopeNameSchema.options;
export type ScopeName = z.infer<typeof scopeNameSchema>;

export const SCOPE_GROUPS = ["Profile", "Accounts", "Files & Folders", "Rooms", "Open ID"] as const;
export type ScopeGroup = (typeof SCOPE_GROUPS)[number];

export interface ScopeDefinition {
  name: ScopeName;
  group: ScopeGroup;
  access: "read" | "write" | "identity";
  /** Plain-language wording shown to the person on the consent page, in English; `describeScope` for others. */
  description: string;
  /** The person's claims the scope releases to userinfo and the ID token. @see OpenID Connect Core §5.4 */
  claims?: readonly string[];
}

/** The one scope catalogue: the server, the consent page and the developer form all read it. */
export const SCOPES: readonly ScopeDefinition[] = [
  {
    name: "accounts.self:read",
    group: "Profile",
    access: "read",
    description: en["scope.accounts.self:read"],
  },
  {
    name: "accounts.self:write",
    group: "Profile",
    access: "write",
    description: en["scope.accounts.self:write"],
  },
  { name: "accounts:read", group: "Accounts", access: "read", description: en["scope.accounts:read"] },
  {
    name: "accounts:write",
    group: "Accounts",
    access: "write",
    description: en["scope.accounts:write"],
  },
  {
    name: "files:read",
    group: "Files & Folders",
    access: "read",
    description: en["scope.files:read"],
  },
  {
    name: "files:write",
    group: "Files & Folders",
    access: "write",
    description: en["scope.files:write"],
  },
  { name: "rooms:read", group: "Rooms", access: "read", description: en["scope.rooms:read"] },
  { name: "rooms:write", group: "Rooms", access: "write", description: en["scope.rooms:write"] },
  { name: "openid", group: "Open ID", access: "identity", description: en["scope.openid"] },
  {
    name: "profile",
    group: "Open ID",
    access: "identity",
    description: en["scope.profile"],
    claims: ["name", "locale", "updated_at"],
  },
  {
    name: "email",
    group: "Open ID",
    access: "identity",
    description: en["scope.email"],
    claims: ["email", "email_verified"],
  },
];

/** The OpenID Connect scopes (`openid`, `profile`, `email`): each is its own checkbox and consent line. */
export const OPENID_SCOPES: readonly ScopeName[] = SCOPES.filter((scope) => scope.access === "identity").map(
  (scope) => scope.name,
);

const byName = new Map(SCOPES.map((scope) => [scope.name, scope]));

export function isScopeName(value: string): value is ScopeName {
  return byName.has(value as ScopeName);
}

/** A scope's description in `locale`, from the catalogues in `i18n/` (docs/pages.md#languages). */
export function describeScope(name: ScopeName, locale: Locale): string {
  return CATALOGUES[locale][`scope.${name}`];
}

export function scopeDefinition(name: ScopeName): ScopeDefinition {
  const definition = byName.get(name);
  if (!definition) throw new Error(`scope ${name} is missing from the catalogue`);
  return definition;
}

/** A `:write` scope implies its `:read` (docs/scopes.md#catalogue); the result is in catalogue order. */
export function impliedScopes(scopes: Iterable<ScopeName>): ScopeName[] {
  const wanted = new Set<ScopeName>();
  for (const name of scopes) {
    wanted.add(name);
    if (name.endsWith(":write")) wanted.add(name.replace(/:write$/, ":read") as ScopeName);
  }
  return SCOPE_NAMES.filter((name) => wanted.has(name));
}

/** The other checkbox of a scope's group: Read for Write, Write for Read; none for the OpenID scopes. */
function partner(name: ScopeName, access: "read" | "write"): ScopeName | undefined {
  const { group } = scopeDefinition(name);
  return SCOPES.find((scope) => scope.group === group && scope.access === access)?.name;
}

/**
 * A scope checked or unchecked on the developer form: checking Write checks Read, and unchecking Read
 * unchecks Write, since Write without Read cannot exist (docs/scopes.md#catalogue and docs/api.md#clients).
 */
export function toggleScope(
  current: ReadonlySet<ScopeName>,
  name: ScopeName,
  checked: boolean,
): Set<ScopeName> {
  const next = new Set(current);
  const { access } = scopeDefinition(name);
  if (checked) {
    next.add(name);
    const read = access === "write" ? partner(name, "read") : undefined;
    if (read) next.add(read);
  } else {
    next.delete(name);
    const write = access === "read" ? partner(name, "write") : undefined;
    if (write) next.delete(write);
  }
  return next;
}

/** True when every scope of `requested` is covered by `granted`, counting implied reads. */
export function scopesCovered(requested: Iterable<ScopeName>, granted: Iterable<ScopeName>): boolean {
  const have = new Set(impliedScopes(granted));
  for (const name of requested) if (!have.has(name)) return false;
  return true;
}

/**
 * The scopes of `scopes` that every one of `limits` still covers (counting implied reads), in their
 * own order: what a token may do now that its app or grant may have lost some (docs/api.md#token-endpoint).
 */
export function scopesWithin(
  scopes: readonly ScopeName[],
  ...limits: readonly (readonly ScopeName[])[]
): ScopeName[] {
  const covers = limits.map((limit) => new Set(impliedScopes(limit)));
  return scopes.filter((name) => covers.every((cover) => cover.has(name)));
}

export interface ScopeGroupLine {
  /** The strongest requested scope of the group: write over read. */
  name: ScopeName;
  group: ScopeGroup;
  description: string;
  /** True when consent for this line was not given before. */
  new: boolean;
}

/**
 * One consent-page line per requested scope group, carrying the strongest requested scope, and one
 * per requested OpenID scope (docs/scopes.md#groups). A line is `new` when the earlier grant does not cover its scope; with no
 * earlier grant at all nothing is marked new.
 */
export function scopeGroupLines(
  requested: Iterable<ScopeName>,
  previouslyGranted: readonly ScopeName[] | null,
  locale: Locale = "en",
): ScopeGroupLine[] {
  const requestedSet = new Set(requested);
  const had = new Set(impliedScopes(previouslyGranted ?? []));
  const lines: ScopeGroupLine[] = [];
  for (const group of SCOPE_GROUPS) {
    const inGroup = SCOPES.filter((scope) => scope.group === group && requestedSet.has(scope.name));
    const strongest = inGroup.find((scope) => scope.access === "write") ?? inGroup[0];
    const shown = strongest?.access === "identity" ? inGroup : strongest ? [strongest] : [];
    for (const scope of shown) {
      lines.push({
        name: scope.name,
        group,
        description: describeScope(scope.name, locale),
        new: previouslyGranted !== null && !had.has(scope.name),
      });
    }
  }
  return lines;
}
