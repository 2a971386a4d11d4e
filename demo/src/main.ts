// "Demo Notes": a small confidential web app that signs people in with Gatehouse through
// oauth4webapi and discovery alone, checks the RS256 ID token against the JWKS with jose, shows
// their DocSpace profile, refreshes its token and signs out.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import * as oauth from "oauth4webapi";
import { type Notice, type Profile, profilePage, signedOutPage } from "./pages.ts";

const ISSUER = new URL(process.env.GATEHOUSE_ISSUER ?? "http://localhost:3000");
const PORT = Number(process.env.DEMO_PORT ?? 5175);
const APP_ORIGIN = `http://localhost:${PORT}`;
const REDIRECT_URI = `${APP_ORIGIN}/callback`;
// RS256, OpenID's default ID token algorithm, which Demo Notes is registered for.
const app: oauth.Client = {
  client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
  id_token_signed_response_alg: "RS256",
};
const clientAuth = oauth.ClientSecretPost("2e336694-e4b4-45c0-bff6-48bb5704235b");
const SCOPE = "openid profile email accounts.self:read files:read";
// Gatehouse runs on plain http in development; a real deployment is https and needs no such option.
const http = { [oauth.allowInsecureRequests]: ISSUER.protocol === "http:" };

interface Session {
  pending?: { state: string; nonce: string; verifier: string };
  pendingLogout?: string;
  tokens?: { access: string; refresh: string; idToken: string; scope: string; expiresAt: Date };
  /** Who the verified ID token says signed in. */
  identity?: { name: string; email: string };
  refreshed: number;
  notice?: Notice;
}

const sessions = new Map<string, Session>();
let discovered: oauth.AuthorizationServer | undefined;
let keys: ReturnType<typeof createRemoteJWKSet> | undefined;

/** The ID token's claims once its RS256 signature, issuer, audience and lifetime check out against the JWKS. */
async function verifiedIdToken(as: oauth.AuthorizationServer, idToken: string): Promise<JWTPayload> {
  keys ??= createRemoteJWKSet(new URL(as.jwks_uri ?? "/oauth2/jwks", as.issuer));
  const { payload } = await jwtVerify(idToken, keys, {
    algorithms: ["RS256"],
    issuer: as.issuer,
    audience: app.client_id,
  });
  return payload;
}

async function authorizationServer(): Promise<oauth.AuthorizationServer> {
  if (!discovered) {
    const response = await oauth.discoveryRequest(ISSUER, { algorithm: "oidc", ...http });
    discovered = await oauth.processDiscoveryResponse(ISSUER, response);
  }
  return discovered;
}

function sessionOf(req: IncomingMessage, res: ServerResponse): Session {
  const id = /(?:^|;\s*)demo_session=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? "")?.[1];
  const existing = id ? sessions.get(id) : undefined;
  if (existing) return existing;
  const fresh: Session = { refreshed: 0 };
  const newId = randomBytes(24).toString("base64url");
  sessions.set(newId, fresh);
  res.setHeader("Set-Cookie", `demo_session=${newId}; Path=/; HttpOnly; SameSite=Lax`);
  return fresh;
}

function send(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${ISSUER.origin}`,
    "cache-control": "no-store",
  });
  res.end(html);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location, "cache-control": "no-store" });
  res.end();
}

function remember(session: Session, tokens: oauth.TokenEndpointResponse) {
  session.tokens = {
    access: tokens.access_token,
    refresh: tokens.refresh_token ?? session.tokens?.refresh ?? "",
    idToken: tokens.id_token ?? session.tokens?.idToken ?? "",
    scope: tokens.scope ?? SCOPE,
    expiresAt: new Date(Date.now() + (tokens.expires_in ?? 0) * 1000),
  };
}

async function profile(accessToken: string): Promise<Profile> {
  const as = await authorizationServer();
  const response = await oauth.protectedResourceRequest(
    accessToken,
    "GET",
    new URL("/api/2.0/people/@self", as.issuer),
    new Headers({ accept: "application/json" }),
    null,
    http,
  );
  const body = (await response.json()) as { response: Profile };
  return body.response;
}

async function home(session: Session, res: ServerResponse) {
  const notice = session.notice;
  session.notice = undefined;
  if (!session.tokens) return send(res, 200, signedOutPage(notice));
  try {
    const person = await profile(session.tokens.access);
    send(
      res,
      200,
      profilePage(
        person,
        { ...session.tokens, refreshed: session.refreshed, identity: session.identity },
        notice,
      ),
    );
  } catch (error) {
    session.tokens = undefined;
    const reason =
      error instanceof oauth.WWWAuthenticateChallengeError
        ? "your access was revoked"
        : "Gatehouse did not answer";
    send(res, 200, signedOutPage({ text: `Signed out: ${reason}.`, error: true }));
  }
}

async function login(session: Session, res: ServerResponse) {
  const as = await authorizationServer();
  const verifier = oauth.generateRandomCodeVerifier();
  session.pending = { state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce(), verifier };
  const url = new URL(as.authorization_endpoint ?? "");
  url.search = new URLSearchParams({
    client_id: app.client_id,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: SCOPE,
    state: session.pending.state,
    nonce: session.pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  }).toString();
  redirect(res, url.href);
}

async function callback(session: Session, url: URL, res: ServerResponse) {
  if (session.pendingLogout && url.searchParams.get("state") === session.pendingLogout) {
    session.pendingLogout = undefined;
    session.notice = { text: "You are signed out of Demo Notes and Gatehouse." };
    return redirect(res, "/");
  }
  const pending = session.pending;
  session.pending = undefined;
  if (!pending) return redirect(res, "/");
  const as = await authorizationServer();
  try {
    const params = oauth.validateAuthResponse(as, app, url, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      app,
      clientAuth,
      params,
      REDIRECT_URI,
      pending.verifier,
      http,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, app, response, {
      expectedNonce: pending.nonce,
    });
    const claims = await verifiedIdToken(as, tokens.id_token ?? "");
    session.identity = {
      name: typeof claims.name === "string" ? claims.name : "",
      email: typeof claims.email === "string" ? claims.email : "",
    };
    remember(session, tokens);
    session.refreshed = 0;
  } catch (error) {
    const denied = error instanceof oauth.AuthorizationResponseError && error.error === "access_denied";
    session.notice = {
      text: denied ? "You did not allow Demo Notes in." : "Sign-in failed; try again.",
      error: true,
    };
  }
  redirect(res, "/");
}

async function refresh(session: Session, res: ServerResponse) {
  if (!session.tokens) return redirect(res, "/");
  const as = await authorizationServer();
  try {
    const response = await oauth.refreshTokenGrantRequest(as, app, clientAuth, session.tokens.refresh, http);
    remember(session, await oauth.processRefreshTokenResponse(as, app, response));
    session.refreshed += 1;
    session.notice = { text: "Token refreshed." };
  } catch {
    session.tokens = undefined; // the grant is gone (revoked or expired): sign in again
    session.notice = { text: "Your session with Gatehouse ended; sign in again.", error: true };
  }
  redirect(res, "/");
}

async function logout(session: Session, res: ServerResponse) {
  const as = await authorizationServer();
  const tokens = session.tokens;
  session.tokens = undefined;
  if (!tokens) return redirect(res, "/");
  await oauth
    .revocationRequest(as, app, clientAuth, tokens.refresh, http)
    .then(oauth.processRevocationResponse);
  session.pendingLogout = oauth.generateRandomState();
  const url = new URL(as.end_session_endpoint ?? new URL("/oauth2/logout", as.issuer));
  url.search = new URLSearchParams({
    id_token_hint: tokens.idToken,
    post_logout_redirect_uri: REDIRECT_URI,
    state: session.pendingLogout,
  }).toString();
  redirect(res, url.href);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", APP_ORIGIN);
  const session = sessionOf(req, res);
  const route = `${req.method} ${url.pathname}`;
  const handled =
    route === "GET /"
      ? home(session, res)
      : route === "POST /login"
        ? login(session, res)
        : route === "GET /callback"
          ? callback(session, url, res)
          : route === "POST /refresh"
            ? refresh(session, res)
            : route === "POST /logout"
              ? logout(session, res)
              : Promise.resolve(send(res, 404, signedOutPage({ text: "No such page.", error: true })));
  handled.catch((error: unknown) => {
    console.error("demo notes:", error);
    if (!res.headersSent)
      send(res, 502, signedOutPage({ text: "Gatehouse could not be reached.", error: true }));
  });
});

server.listen(PORT, "localhost", () => {
  console.log(`Demo Notes on ${APP_ORIGIN} — signing in with ${ISSUER.href}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
