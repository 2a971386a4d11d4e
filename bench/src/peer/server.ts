// node-oidc-provider in its own process, configured as Gatehouse is for the token cases of
// docs/operations.md#benchmarks. Run by peer/start.ts: PEER_PORT, PEER_ALG (the ID token's), PEER_CLIENT (JSON).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider, { type ClientMetadata } from "oidc-provider";
import { z } from "zod";
import { MapAdapter } from "./map-adapter.ts";

const env = z
  .object({
    PEER_PORT: z.coerce.number().int().positive(),
    PEER_ALG: z.enum(["RS256", "ES256"]),
    PEER_CLIENT: z
      .string()
      .transform((text) =>
        z
          .object({ client_id: z.string(), client_secret: z.string(), redirect_uri: z.string() })
          .parse(JSON.parse(text)),
      ),
  })
  .parse(process.env);

/** The person every code is minted for; the peer needs no password to show its token endpoint's cost. */
const ACCOUNT = "bob";
/** The one resource server, whose access tokens are JWTs. @see RFC 9068, RFC 8707 */
const RESOURCE = "https://api.bench.example";
const RESOURCE_SCOPES = "accounts.self:read files:read";

// Private JWKs for node-oidc-provider's keystore: an RSA key (RS256, 2048 bits as ours) and a P-256 one (ES256).
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });

const issuer = `http://127.0.0.1:${env.PEER_PORT}`;
const client: ClientMetadata = {
  client_id: env.PEER_CLIENT.client_id,
  client_secret: env.PEER_CLIENT.client_secret,
  redirect_uris: [env.PEER_CLIENT.redirect_uri],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  token_endpoint_auth_method: "client_secret_post",
  id_token_signed_response_alg: env.PEER_ALG,
};

const provider = new Provider(issuer, {
  adapter: MapAdapter,
  clients: [client],
  jwks: { keys: [rsa, ec] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  scopes: ["openid", "offline_access", "accounts.self:read", "files:read"],
  // As Gatehouse: PKCE required of public clients, accepted from confidential ones.
  pkce: { required: (_ctx, peerClient) => peerClient.clientAuthMethod === "none" },
  // As Gatehouse: every code redemption issues a refresh token, and each use rotates it.
  issueRefreshToken: async (_ctx, peerClient) => peerClient.grantTypeAllowed("refresh_token"),
  rotateRefreshToken: true,
  features: {
    devInteractions: { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: RESOURCE_SCOPES,
        audience: RESOURCE,
        accessTokenTTL: 3600,
        accessTokenFormat: "jwt",
        // Our access tokens are ES256 whatever the ID token's algorithm (docs/api.md#access-tokens).
        jwt: { sign: { alg: "ES256" } },
      }),
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  routes: { authorization: "/oauth2/authorize", token: "/oauth2/token" },
  // Codes are minted before the load starts, as Gatehouse's CODE_TTL is raised for the bench.
  ttl: {
    AuthorizationCode: 3600,
    AccessToken: 3600,
    IdToken: 3600,
    // Our REFRESH_TOKEN_TTL default (docs/configuration.md#variables).
    RefreshToken: 2_592_000,
    Interaction: 3600,
    Grant: 2_592_000,
    Session: 86400,
  },
});

/** The interaction: bob is signed in and consents to what was asked, through the provider's own API. */
async function finishInteraction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: ACCOUNT, clientId: String(details.params.client_id) });
  // The scopes it asked for, as the provider counts them: in the grant, and for the resource server.
  grant.addOIDCScope(String(details.params.scope));
  grant.addResourceScope(RESOURCE, RESOURCE_SCOPES);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: ACCOUNT }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

const handle = provider.callback();
http
  .createServer((req, res) => {
    if (!req.url?.startsWith("/interaction/")) {
      handle(req, res);
      return;
    }
    finishInteraction(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  })
  .listen(env.PEER_PORT, "127.0.0.1");
