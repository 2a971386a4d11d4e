import { isPlainText } from "@gatehouse/shared";
import { verifyClientSecret } from "../domain/secrets.ts";
import { CLIENT_AUTHENTICATION, type ThrottleDeps, throttleAttempt } from "../domain/throttle.ts";
import { invalidClient, invalidRequest } from "../errors.ts";
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
  // What the form's client_id refuses, the header's does too: nothing a store cannot hold. @see RFC 6749 §2.2
  if (!isPlainText(clientId)) throw invalidClient("client authentication failed");
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
  store: Pick<Store, "clients">,
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
 * prove possession with PKCE). One method at a time. Failures are counted atomically before any
 * answer leaves, per client and address together and per address (429 with Retry-After).
 * @see RFC 6749 §2.3 and §3.2.1, RFC 7636 §4.5, OWASP ASVS 6.3.1 (brute force)
 */
export async function authenticateClient(
  deps: ThrottleDeps & { store: Pick<Store, "clients" | "throttle"> },
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

  const address = request.address ?? "unknown";
  // Per client and address together, so failures from one address never lock another out (docs/security.md#throttling).
  // The check is one hash: only failures count, so a burst of correct requests is never throttled.
  const counters = [
    { key: `client-auth:${clientId}@${address}`, policy: CLIENT_AUTHENTICATION, judging: "after-check" },
    { key: `client-auth-from:${address}`, policy: CLIENT_AUTHENTICATION, judging: "after-check" },
  ] as const;
  return throttleAttempt(deps, counters, () => verifyCredentials(deps.store, clientId, secret));
}

/** Authenticates the client behind a form endpoint's request and narrows CORS to its origins. */
export async function authenticateFormClient(
  deps: ThrottleDeps & { store: Pick<Store, "clients" | "throttle"> },
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
