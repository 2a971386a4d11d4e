import type { ScopeName, SigningAlg } from "@gatehouse/shared";

export interface ClientRecord {
  client_id: string;
  portal_id: string;
  name: string;
  description: string;
  website_url: string;
  policy_url: string;
  terms_url: string;
  logo: { media_type: string; data_base64: string };
  redirect_uris: string[];
  allowed_origins: string[];
  scopes: ScopeName[];
  /** A public client authenticates with PKCE alone (token endpoint auth `none`). */
  public: boolean;
  /** SHA-256 of the client secret, base64url; null for a public client. */
  secret_hash: string | null;
  /** False: the app can be used on its own portal only (docs/api.md#portals-of-an-app). */
  allow_other_portals: boolean;
  /** How its ID tokens are signed (docs/api.md#id-tokens). @see OpenID Connect Core §15.1 */
  id_token_signed_response_alg: SigningAlg;
  enabled: boolean;
  created_at: number;
  updated_at: number;
}

export interface ClientRepository {
  get(clientId: string): Promise<ClientRecord | null>;
  listByPortal(portalId: string): Promise<ClientRecord[]>;
  /** True when an enabled client lists `origin` among its allowed origins (for CORS preflights). */
  isAllowedOrigin(origin: string): Promise<boolean>;
  insert(client: ClientRecord): Promise<void>;
  update(client: ClientRecord): Promise<void>;
  delete(clientId: string): Promise<void>;
}
