import type { Client, ClientSettings, ClientSummary } from "@gatehouse/shared";
import type { ClientRecord, Store } from "../store/types.ts";
import { alignClientGrants, revokeClientGrants } from "./client-grants.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { checkAppIcon } from "./icons.ts";
import { randomId, randomToken, sha256 } from "./secrets.ts";

interface ClientDeps {
  store: Store;
  clock: Clock;
  config: { issuer: string };
}

/** A client secret: 256 random bits, generated here, stored only as its SHA-256 (docs/security.md#secrets-at-rest). */
function newSecret(): { secret: string; hash: string } {
  const secret = randomToken(32);
  return { secret, hash: sha256(secret) };
}

const isoDate = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * Where an app's icon is served from; the version, taken from the icon itself, defeats caches when
 * the icon changes (even twice within a second) and only then.
 */
export const logoUri = (issuer: string, client: ClientRecord): string =>
  `${issuer}/logos/${encodeURIComponent(client.client_id)}?v=${sha256(client.logo.data_base64).slice(0, 16)}`;

/** What the consent page and Connected apps show of an app. */
export function clientSummary(issuer: string, client: ClientRecord): ClientSummary {
  return {
    client_id: client.client_id,
    name: client.name,
    description: client.description,
    website_url: client.website_url,
    logo_uri: logoUri(issuer, client),
    policy_url: client.policy_url,
    terms_url: client.terms_url,
  };
}

/** An app as the Developer Tools API shows it: never its secret or secret hash. */
export function clientView(issuer: string, client: ClientRecord): Client {
  return {
    ...clientSummary(issuer, client),
    redirect_uris: client.redirect_uris,
    allowed_origins: client.allowed_origins,
    scopes: client.scopes,
    allow_pkce: client.public,
    allow_other_portals: client.allow_other_portals,
    id_token_signed_response_alg: client.id_token_signed_response_alg,
    token_endpoint_auth_method: client.public ? "none" : "client_secret_basic",
    enabled: client.enabled,
    created_at: isoDate(client.created_at),
    updated_at: isoDate(client.updated_at),
  };
}

type SettingsFields = Pick<
  ClientRecord,
  | "name"
  | "description"
  | "website_url"
  | "policy_url"
  | "terms_url"
  | "redirect_uris"
  | "allowed_origins"
  | "scopes"
  | "public"
  | "allow_other_portals"
  | "id_token_signed_response_alg"
>;

/** The record fields the settings form decides (the icon is checked apart). */
function settingsFields(settings: Omit<ClientSettings, "logo">): SettingsFields {
  return {
    name: settings.name,
    description: settings.description,
    website_url: settings.website_url,
    policy_url: settings.policy_url,
    terms_url: settings.terms_url,
    redirect_uris: settings.redirect_uris,
    allowed_origins: settings.allowed_origins,
    scopes: settings.scopes,
    public: settings.allow_pkce,
    allow_other_portals: settings.allow_other_portals,
    id_token_signed_response_alg: settings.id_token_signed_response_alg,
  };
}

/** Registers an app on a portal; a confidential one gets a secret, returned this once. */
export async function registerClient(
  { store, clock }: ClientDeps,
  portalId: string,
  settings: ClientSettings,
): Promise<{ client: ClientRecord; secret: string | null }> {
  const now = epochSeconds(clock);
  const credentials = settings.allow_pkce ? null : newSecret();
  const client: ClientRecord = {
    client_id: randomId(),
    portal_id: portalId,
    ...settingsFields(settings),
    logo: checkAppIcon(settings.logo),
    secret_hash: credentials?.hash ?? null,
    enabled: true,
    created_at: now,
    updated_at: now,
  };
  await store.clients.insert(client);
  return { client, secret: credentials?.secret ?? null };
}

/**
 * Changes an app's settings. Turning a confidential app into a public one drops its secret;
 * the reverse needs a new secret from `regenerateClientSecret`. Its grants follow at once: a type
 * switch revokes them, a removed scope leaves them, making it private ends those of other portals
 * (docs/api.md#token-endpoint, docs/api.md#portals-of-an-app).
 */
export async function updateClient(
  { store, clock }: ClientDeps,
  client: ClientRecord,
  settings: Omit<ClientSettings, "logo"> & { logo?: string | undefined },
): Promise<ClientRecord> {
  const updated: ClientRecord = {
    ...client,
    ...settingsFields(settings),
    logo: settings.logo === undefined ? client.logo : checkAppIcon(settings.logo),
    secret_hash: settings.allow_pkce ? null : client.secret_hash,
    updated_at: epochSeconds(clock),
  };
  await store.clients.update(updated);
  await alignClientGrants({ store, clock }, client, updated);
  return updated;
}

/** A disabled app is an unknown client everywhere; disabling it revokes its grants (docs/security.md#secrets-at-rest). */
export async function setClientEnabled(
  deps: ClientDeps,
  client: ClientRecord,
  enabled: boolean,
): Promise<ClientRecord> {
  const updated = { ...client, enabled, updated_at: epochSeconds(deps.clock) };
  await deps.store.clients.update(updated);
  if (!enabled) await revokeClientGrants(deps, client.client_id);
  return updated;
}

/** A new secret; the old one stops working at once. */
export async function regenerateClientSecret(deps: ClientDeps, client: ClientRecord): Promise<string> {
  const { secret, hash } = newSecret();
  await deps.store.clients.update({ ...client, secret_hash: hash, updated_at: epochSeconds(deps.clock) });
  return secret;
}

export async function deleteClient(deps: ClientDeps, client: ClientRecord): Promise<void> {
  await revokeClientGrants(deps, client.client_id);
  await deps.store.clients.delete(client.client_id);
}
