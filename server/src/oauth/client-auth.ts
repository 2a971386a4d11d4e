import type { Deps } from "../deps.ts";
import { verifyClientSecret } from "../domain/secrets.ts";
import { invalidClient, invalidRequest, OAuthError, tooManyRequests } from "../errors.ts";
import type { FormExchange } from "../http/form-endpoint.ts";
import type { ClientRecord, Store } from "../store/types.ts";

interface BasicCredentials {
  clientId: string;
  clientSecret: string;
}

/** Form-urlencoding undone: `+` is a space. @see RFC 6749 §2.3.1 and Appendix B */
function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return null; // malformed percent-encoding: the caller refuses the credentials
  }
}

/**
 * `Authorization: Basic base64(urlencode(id) ":" urlencode(secret))`.
 * @see RFC 6749 §2.3.1, RFC 7617 §2
 */
export function parseBasicCredentials(header: string): BasicCredentials {
  const match = /^basic ([A-Za-z0-9+/]+={0,2})$/i.exec(header.trim());
  if (!match?.[1]) throw invalidClient("the Authorization header is not valid Basic credentials");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw invalidClient("Basic credentials must be client_id:client_secret");
  const clientId = formDecode(decoded.slice(0, colon));
  const clientSecret = formDecode(decoded.slice(colon + 1));
  if (!clientId || clientSecret === null) throw invalidClient("Basic credentials are not form-urlencoded");
  return { clientId, clientSecret };
}

interface ClientAuthentication {
  authorization: string | undefined;
  client_id?: string | undefined;
  client_secret?: string | undefined;
  /** The caller's network address, for the per-address throttle. */
  address: string | undefined;
}

/** Checks the presented credentials of `clientId`; an unknown client and a wrong secret look alike. */
async function verifyCredentials(
  store: Store,
  clientId: string,
  secret: string | undefined,
): Promise<ClientRecord> {
  const client = await store.clients.get(clientId);
  if (!client?.enabled) throw invalidClient("client authentication failed");
  if (client.public) {
    if (secret !== undefined) throw invalidClient("a public client has no secret to send");
    return client;
  }
  if (
    secret === undefined ||
    client.secret_hash === null ||
    !verifyClientSecret(secret, client.secret_hash)
  ) {
    throw invalidClient("client authentication failed");
  }
  return client;
}

/**
 * Authenticates the client at the token, revocation and introspection endpoints:
 * `client_secret_basic`, `client_secret_post`, or `none` for a public client (which must then
 * prove possession with PKCE). One method at a time. Failures are throttled per client and per
 * address (429 with Retry-After).
 * @see RFC 6749 §2.3 and §3.2.1, RFC 7636 §4.5, OWASP ASVS 6.3.1 (brute force)
 */
export async function authenticateClient(
  { store, throttles }: Pick<Deps, "store" | "throttles">,
  request: ClientAuthentication,
): Promise<ClientRecord> {
  const basic = request.authorization ? parseBasicCredentials(request.authorization) : null;
  if (basic && request.client_secret !== undefined) {
    throw invalidRequest(
      "use one client authentication method: Basic or client_secret in the body, not both",
    );
  }
  if (basic && request.client_id !== undefined && request.client_id !== basic.clientId) {
    throw invalidRequest("client_id in the body differs from the Basic credentials");
  }
  const clientId = basic?.clientId ?? request.client_id;
  const secret = basic?.clientSecret ?? request.client_secret;
  if (!clientId) throw invalidClient("client authentication is required");

  const throttle = throttles.clientAuthentication;
  const keys = [`client-auth:${clientId}`, `client-auth-from:${request.address ?? "unknown"}`];
  const waits = await Promise.all(keys.map((key) => throttle.retryAfter(key)));
  const wait = Math.max(...waits);
  if (wait > 0) throw tooManyRequests(wait);
  try {
    return await verifyCredentials(store, clientId, secret);
  } catch (error) {
    if (error instanceof OAuthError && error.code === "invalid_client") {
      await Promise.all(keys.map((key) => throttle.fail(key)));
    }
    throw error;
  }
}

/** Authenticates the client behind a form endpoint's request and narrows CORS to its origins. */
export async function authenticateFormClient(
  deps: Pick<Deps, "store" | "throttles">,
  exchange: FormExchange,
  credentials: { client_id?: string | undefined; client_secret?: string | undefined },
): Promise<ClientRecord> {
  const client = await authenticateClient(deps, {
    authorization: exchange.authorization,
    address: exchange.address,
    client_id: credentials.client_id,
    client_secret: credentials.client_secret,
  });
  exchange.authenticated(client);
  return client;
}
