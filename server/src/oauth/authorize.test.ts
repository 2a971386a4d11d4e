import { errorBodySchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../../test/browser.ts";
import {
  PKCE_CHALLENGE as CHALLENGE,
  DEMO,
  MOBILE,
  NOTES_CALLBACK,
  PKCE_VERIFIER as VERIFIER,
} from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { type AuthorizeParams, authorizeUrl, postToken } from "../../test/oauth-app.ts";

const server = useTestServer();

const get = (url: string) => fetch(url, { redirect: "manual" });

/** Replaces the query of the demo authorize URL with `query`, verbatim (for repeated or raw parameters). */
const rawAuthorizeUrl = (query: string) => `${server.url}/oauth2/authorize?${query}`;

/** Our own error page, reached by a 303 to the issuer's origin: never the app. */
function expectErrorPage(response: Response, error: "invalid_client" | "invalid_redirect_uri") {
  expect(response.status).toBe(303);
  const location = response.headers.get("location") ?? "";
  expect(location.startsWith(`${server.url}/error?`)).toBe(true);
  const page = new URL(location);
  expect(page.searchParams.get("error")).toBe(error);
  expect(page.searchParams.get("code")).toBeNull();
  expect(page.searchParams.get("error_description") ?? "").not.toMatch(/[\r\n]/);
}

/** A redirect to the app's `redirect_uri` with an error, `iss` and (unless null) `state`, and no code. */
function expectAppError(
  response: Response,
  error: string,
  {
    redirectUri = NOTES_CALLBACK as string,
    state = "state-123" as string | null,
    status = 302,
  }: { redirectUri?: string; state?: string | null; status?: number } = {},
) {
  expect(response.status).toBe(status);
  const location = new URL(response.headers.get("location") ?? "");
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  expect(location.searchParams.get("error")).toBe(error);
  expect(location.searchParams.get("state")).toBe(state);
  expect(location.searchParams.get("iss")).toBe(server.url);
  expect(location.searchParams.get("code")).toBeNull();
  expect(location.searchParams.get("error_description") ?? "").not.toMatch(/[\r\n]/);
  return location;
}

/** `expectErrorPage` for the demo authorize URL with `params` over its defaults. */
async function expectErrorPageFor(params: AuthorizeParams, error: "invalid_client" | "invalid_redirect_uri") {
  expectErrorPage(await get(authorizeUrl(server.url, params)), error);
}

/** `expectAppError` for the demo authorize URL with `params` over its defaults. */
async function expectAppErrorFor(
  params: AuthorizeParams,
  error: string,
  options?: Parameters<typeof expectAppError>[2],
) {
  return expectAppError(await get(authorizeUrl(server.url, params)), error, options);
}

function expectCode(response: Response, { state = "state-123", status = 302 } = {}): string {
  expect(response.status).toBe(status);
  const location = new URL(response.headers.get("location") ?? "");
  expect(`${location.origin}${location.pathname}`).toBe(NOTES_CALLBACK);
  expect(location.searchParams.get("state")).toBe(state);
  expect(location.searchParams.get("iss")).toBe(server.url);
  expect(location.searchParams.get("error")).toBeNull();
  const code = location.searchParams.get("code");
  expect(code).toEqual(expect.any(String));
  return code ?? "";
}

async function redeem(code: string) {
  return postToken(server.url, {
    grant_type: "authorization_code",
    code,
    redirect_uri: NOTES_CALLBACK,
    client_id: DEMO.notes.client_id,
    client_secret: DEMO.notes.client_secret,
  });
}

describe("GET /oauth2/authorize — an unverified client or redirect URI goes to our error page, never to the app", () => {
  it("A2 shows invalid_client for an unknown client_id", async () => {
    await expectErrorPageFor({ client_id: "3f1c0e0e-0000-4000-8000-000000000000" }, "invalid_client");
  });

  it("A2 shows invalid_client for a missing client_id", async () => {
    expectErrorPage(
      await get(rawAuthorizeUrl(`response_type=code&redirect_uri=${encodeURIComponent(NOTES_CALLBACK)}`)),
      "invalid_client",
    );
  });

  it("A2 shows invalid_client for a disabled client", async () => {
    const client = await server.store.clients.get(DEMO.notes.client_id);
    if (!client) throw new Error("the demo client is missing");
    await server.store.clients.update({ ...client, enabled: false });
    expectErrorPage(await get(authorizeUrl(server.url)), "invalid_client");
  });

  it("A4 shows invalid_redirect_uri for a missing redirect_uri, though the client registered two", async () => {
    expect(DEMO.notes.redirect_uris.length).toBe(2);
    await expectErrorPageFor({ redirect_uri: undefined }, "invalid_redirect_uri");
  });

  it("A4 shows invalid_redirect_uri for an empty redirect_uri", async () => {
    await expectErrorPageFor({ redirect_uri: "" }, "invalid_redirect_uri");
  });

  it("A1 shows invalid_redirect_uri for an unregistered redirect_uri", async () => {
    await expectErrorPageFor({ redirect_uri: "https://evil.example/callback" }, "invalid_redirect_uri");
  });

  it("A1 shows invalid_redirect_uri for another client's registered redirect_uri", async () => {
    await expectErrorPageFor({ redirect_uri: MOBILE.redirect_uri }, "invalid_redirect_uri");
  });

  it.each([
    ["a trailing slash", "http://localhost:5175/callback/"],
    ["an upper-case host", "http://LOCALHOST:5175/callback"],
    ["an added query", "http://localhost:5175/callback?next=/admin"],
    ["another port", "http://localhost:5176/callback"],
    ["the default port made explicit", "http://localhost:80/callback"],
    ["userinfo (localhost:80@evil)", "http://localhost:80@evil.example:5175/callback"],
    ["a javascript: URI", "javascript:alert(document.cookie)"],
    ["a double-encoded dot segment", "http://localhost:5175/%252e%252e/callback"],
    ["a path parameter", "http://localhost:5175/callback..;/"],
    ["a fragment", "http://localhost:5175/callback#frag"],
  ])("A1 shows invalid_redirect_uri for a registered URI with %s", async (_variant, redirectUri) => {
    await expectErrorPageFor({ redirect_uri: redirectUri }, "invalid_redirect_uri");
  });

  it("A5 shows invalid_client when client_id is sent twice, even with the same value", async () => {
    const url = `${authorizeUrl(server.url)}&client_id=${DEMO.notes.client_id}`;
    expectErrorPage(await get(url), "invalid_client");
  });

  it("A5 shows invalid_redirect_uri when redirect_uri is sent twice, even with registered values", async () => {
    const url = `${authorizeUrl(server.url)}&redirect_uri=${encodeURIComponent(DEMO.notes.redirect_uris[1])}`;
    expectErrorPage(await get(url), "invalid_redirect_uri");
  });

  it("A2 prefers the error page over the app's error when the client is unknown and other parameters are bad too", async () => {
    await expectErrorPageFor({ client_id: "nope", response_type: "token", scope: "bogus" }, "invalid_client");
  });

  it("A1 prefers the error page over the app's error when the redirect URI is bad and other parameters are bad too", async () => {
    await expectErrorPageFor(
      { redirect_uri: "https://evil.example/cb", response_type: "token" },
      "invalid_redirect_uri",
    );
  });

  it("sets no cookie and starts no interaction on the error page's way", async () => {
    const response = await get(authorizeUrl(server.url, { client_id: "nope" }));
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe("GET /oauth2/authorize — a verified client with another error is answered at its redirect_uri", () => {
  it("A3 answers unsupported_response_type for response_type=token", async () => {
    await expectAppErrorFor({ response_type: "token" }, "unsupported_response_type");
  });

  it("A3 answers unsupported_response_type for a missing response_type", async () => {
    const url = new URL(authorizeUrl(server.url));
    url.searchParams.delete("response_type");
    expectAppError(await get(url.href), "unsupported_response_type");
  });

  it("A3 answers unsupported_response_type for response_type=code id_token", async () => {
    await expectAppErrorFor({ response_type: "code id_token" }, "unsupported_response_type");
  });

  it("A3 answers invalid_scope for an unknown scope in a plain OAuth 2.0 request", async () => {
    await expectAppErrorFor({ scope: "files:read address" }, "invalid_scope");
  });

  it("A3 answers invalid_scope for a known scope the client did not register, in a plain OAuth 2.0 request", async () => {
    await expectAppErrorFor({ scope: "files:read accounts:write" }, "invalid_scope");
  });

  it("answers invalid_scope to an OpenID request when nothing it asks for is registered", async () => {
    const board = await server.store.clients.get(DEMO.notes.client_id);
    if (!board) throw new Error("no Demo Notes");
    await server.store.clients.update({ ...board, scopes: ["files:read"] });
    await expectAppErrorFor({ scope: "openid accounts:write" }, "invalid_scope");
  });

  it("answers request_not_supported for a request object, and request_uri_not_supported for request_uri", async () => {
    const requestObject = "eyJhbGciOiJub25lIn0.eyJzdGF0ZSI6ImlubmVyIn0.";
    expectAppError(
      await get(`${authorizeUrl(server.url, { scope: "openid" })}&request=${requestObject}`),
      "request_not_supported",
    );
    expectAppError(
      await get(
        `${authorizeUrl(server.url, { scope: "openid" })}&request_uri=${encodeURIComponent("https://rp.example/r")}`,
      ),
      "request_uri_not_supported",
    );
  });

  it("L60 answers invalid_scope for a scope outside the scope-token grammar", async () => {
    await expectAppErrorFor({ scope: 'openid "files:read"' }, "invalid_scope");
  });

  it("D26 answers invalid_request to a public client that sends no code_challenge", async () => {
    const response = await get(authorizeUrl(server.url, MOBILE));
    const location = expectAppError(response, "invalid_request", { redirectUri: MOBILE.redirect_uri });
    expect(location.searchParams.get("error_description")).toMatch(/code_challenge/);
  });

  it("A3 D27 answers invalid_request for code_challenge_method=plain", async () => {
    await expectAppErrorFor({ code_challenge: CHALLENGE, code_challenge_method: "plain" }, "invalid_request");
  });

  it("D27 answers invalid_request for plain from a public client too", async () => {
    await expectAppErrorFor(
      { ...MOBILE, code_challenge: VERIFIER, code_challenge_method: "plain" },
      "invalid_request",
      { redirectUri: MOBILE.redirect_uri },
    );
  });

  it("D27 answers invalid_request for a code_challenge without a method (which counts as plain)", async () => {
    await expectAppErrorFor({ code_challenge: CHALLENGE }, "invalid_request");
    await expectAppErrorFor({ ...MOBILE, code_challenge: CHALLENGE }, "invalid_request", {
      redirectUri: MOBILE.redirect_uri,
    });
  });

  it("D27 answers invalid_request for a code_challenge_method without a code_challenge", async () => {
    await expectAppErrorFor({ code_challenge_method: "S256" }, "invalid_request");
  });

  it.each([
    ["under 43 characters", "a".repeat(42)],
    ["over 128 characters", "a".repeat(129)],
    ["outside the unreserved characters", `${"a".repeat(42)}+`],
  ])("D27 answers invalid_request for a code_challenge %s", async (_case, challenge) => {
    await expectAppErrorFor({ code_challenge: challenge, code_challenge_method: "S256" }, "invalid_request");
  });

  it("answers invalid_request for an unknown prompt", async () => {
    await expectAppErrorFor({ prompt: "create" }, "invalid_request");
  });

  it("A5 answers invalid_request for a repeated state, echoing neither value", async () => {
    expectAppError(await get(`${authorizeUrl(server.url)}&state=other`), "invalid_request", { state: null });
  });

  it("A5 answers invalid_request for a repeated scope, echoing the state", async () => {
    expectAppError(
      await get(`${authorizeUrl(server.url, { scope: "openid" })}&scope=openid`),
      "invalid_request",
    );
  });

  it("A9 L60 answers invalid_request for a state with CR/LF, echoing no state and no CR/LF", async () => {
    const response = await get(authorizeUrl(server.url, { state: "a\r\nSet-Cookie: x=1" }));
    const location = expectAppError(response, "invalid_request", { state: null });
    expect(location.searchParams.get("error_description")).toEqual(expect.any(String));
    expect(response.headers.get("location")).not.toMatch(/[\r\n]/);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("L60 answers invalid_request for a 10 KB state, never a 500", async () => {
    await expectAppErrorFor({ state: "s".repeat(10_240) }, "invalid_request", {
      state: null,
    });
  });

  it("L60 answers invalid_request for a state over 1,024 characters, echoing no state (docs/api.md#authorization-endpoint)", async () => {
    const location = await expectAppErrorFor({ state: "s".repeat(1025) }, "invalid_request", { state: null });
    expect(location.searchParams.get("error_description")).toMatch(/^state: /);
  });

  it("L60 answers invalid_request for a nonce over 1,024 characters (docs/api.md#authorization-endpoint)", async () => {
    const location = await expectAppErrorFor({ nonce: "n".repeat(1025) }, "invalid_request");
    expect(location.searchParams.get("error_description")).toMatch(/^nonce: /);
  });

  it("L60 answers invalid_request for a login_hint over 254 characters (docs/api.md#authorization-endpoint)", async () => {
    const hint = `${"h".repeat(243)}@example.com`;
    const location = await expectAppErrorFor({ login_hint: hint }, "invalid_request");
    expect(location.searchParams.get("error_description")).toMatch(/^login_hint: /);
  });

  it("L60 answers invalid_request at the redirect_uri for more than 50 parameters", async () => {
    const extra = Array.from({ length: 50 }, (_, index) => `x${index}=1`).join("&");
    expectAppError(await get(`${authorizeUrl(server.url)}&${extra}`), "invalid_request");
  });

  it("L60 answers invalid_request for an unknown parameter over 8,192 characters, echoing the state", async () => {
    expectAppError(await get(`${authorizeUrl(server.url)}&extra=${"x".repeat(8193)}`), "invalid_request");
  });

  it("A3 answers with the error only, without state, when no state was sent", async () => {
    await expectAppErrorFor({ state: undefined, response_type: "token" }, "unsupported_response_type", {
      state: null,
    });
  });

  it("A3 answers at the second registered redirect URI when that one was sent", async () => {
    const redirectUri = DEMO.notes.redirect_uris[1];
    await expectAppErrorFor(
      { redirect_uri: redirectUri, response_type: "token" },
      "unsupported_response_type",
      { redirectUri },
    );
  });
});

describe("GET /oauth2/authorize — a valid request starts an interaction", () => {
  it("accepts state and nonce of 1,024 characters and a login_hint of 254 (docs/api.md#authorization-endpoint)", async () => {
    const params = {
      state: "s".repeat(1024),
      nonce: "n".repeat(1024),
      login_hint: `${"h".repeat(242)}@example.com`,
    };
    const response = await get(authorizeUrl(server.url, params));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\//);
  });

  it("redirects to /interaction/{id} with a browser cookie that is HttpOnly and SameSite=Lax", async () => {
    const response = await get(authorizeUrl(server.url, { scope: "openid files:read" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\/[A-Za-z0-9_-]{16,64}$/);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    const [cookie = ""] = cookies;
    expect(cookie).toMatch(/^gatehouse_browser=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it("binds the interaction to the browser that started it", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url));
    expect((await browser.json(`/api/interactions/${id}`, "GET")).status).toBe(200);
    expect((await new TestBrowser(server.url).json(`/api/interactions/${id}`, "GET")).status).toBe(403);
  });

  it("keeps the browser's cookie across authorization requests", async () => {
    const browser = new TestBrowser(server.url);
    await startInteraction(browser, authorizeUrl(server.url));
    const first = browser.cookies.get("gatehouse_browser");
    await startInteraction(browser, authorizeUrl(server.url));
    expect(browser.cookies.get("gatehouse_browser")).toBe(first);
  });

  it("A6 ignores unknown parameters", async () => {
    const url = `${authorizeUrl(server.url)}&display=page&foo=bar&ui_locales=de`;
    const response = await get(url);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\//);
  });

  it("A6 accepts the scopes in any order", async () => {
    const response = await get(
      authorizeUrl(server.url, { scope: "rooms:read openid files:write files:read" }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\//);
  });

  it("accepts a request without scope, asking for every scope of the client", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url, { scope: undefined }));
    const interaction = await (await browser.json(`/api/interactions/${id}`, "GET")).json();
    expect(interaction).toMatchObject({
      scopes: [
        { name: "accounts.self:read" },
        { name: "files:write" },
        { name: "rooms:read" },
        { name: "openid" },
        { name: "profile" },
        { name: "email" },
      ],
    });
  });

  it("D accepts a public client with an S256 code_challenge", async () => {
    const response = await get(
      authorizeUrl(server.url, { ...MOBILE, code_challenge: CHALLENGE, code_challenge_method: "S256" }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\//);
  });

  it("I49 grants no CORS to a foreign Origin", async () => {
    const response = await fetch(authorizeUrl(server.url), {
      redirect: "manual",
      headers: { origin: "https://evil.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("GET /oauth2/authorize — prompt=none never shows a page", () => {
  it("A7 answers login_required without a session", async () => {
    const response = await get(authorizeUrl(server.url, { prompt: "none" }));
    expectAppError(response, "login_required");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("answers consent_required with a session but no earlier grant", async () => {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    expectAppError(await browser.fetch(authorizeUrl(server.url, { prompt: "none" })), "consent_required");
  });

  it("answers consent_required when the earlier grant does not cover every requested scope", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, params: { scope: "openid files:read" } });
    expectAppError(
      await browser.fetch(
        authorizeUrl(server.url, { prompt: "none", scope: "openid files:read rooms:read" }),
      ),
      "consent_required",
    );
  });

  it("answers a code with a session and an earlier grant of the same scopes, and the code redeems", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, params: { scope: "openid files:read" } });
    const code = expectCode(
      await browser.fetch(
        authorizeUrl(server.url, { prompt: "none", scope: "files:read openid", state: "s-2" }),
      ),
      { state: "s-2" },
    );
    const response = await redeem(code);
    expect(response.status).toBe(200);
    expect(tokenResponseSchema.parse(await response.json()).scope).toBe("files:read openid");
  });

  it("B15 answers login_required when the sign-in is older than max_age, judged in milliseconds", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, params: { scope: "openid files:read" } });
    server.clock.advance(30.001);
    const request = { prompt: "none", scope: "openid files:read", max_age: "30" };
    expectAppError(await browser.fetch(authorizeUrl(server.url, request)), "login_required");
    expectCode(await browser.fetch(authorizeUrl(server.url, { ...request, max_age: "31" })));
  });

  it("answers invalid_request for a max_age that is not a whole number of seconds", async () => {
    await expectAppErrorFor({ prompt: "none", max_age: "-1" }, "invalid_request");
  });

  it("answers account_selection_required while the person has several portals and chose none: the chooser would be needed", async () => {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
    expectAppError(
      await browser.fetch(authorizeUrl(server.url, { prompt: "none" })),
      "account_selection_required",
    );
  });

  it("answers a code for fewer scopes than the earlier grant covered", async () => {
    const browser = new TestBrowser(server.url);
    await authorizeThroughSpa(server, { browser, params: { scope: "openid files:write" } });
    expectCode(await browser.fetch(authorizeUrl(server.url, { prompt: "none", scope: "files:read" })));
  });
});

describe("POST /oauth2/authorize — without decision, an authorization request like GET", () => {
  const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/oauth2/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body).toString(),
    });
  const request = {
    response_type: "code",
    client_id: DEMO.notes.client_id,
    redirect_uri: NOTES_CALLBACK,
    scope: "openid profile",
    state: "state-123",
  };

  it("starts an interaction from any origin, with a 303 to the SPA and the browser cookie", async () => {
    const response = await post(request, { origin: "https://notes.example.com" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/interaction\/[A-Za-z0-9_-]+$/);
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith("gatehouse_browser="))).toBe(
      true,
    );
  });

  it("answers its errors at the redirect_uri as GET does, and unverified ones on our error page", async () => {
    expectAppError(await post({ ...request, response_type: "token" }), "unsupported_response_type", {
      status: 303,
    });
    expectAppError(await post({ ...request, prompt: "none" }), "login_required", { status: 303 });
    expectAppError(await post({ ...request, request: "e30.e30." }), "request_not_supported", { status: 303 });
    expectErrorPage(
      await post({ ...request, redirect_uri: "https://evil.example/cb" }),
      "invalid_redirect_uri",
    );
  });

  it("refuses a body that is not a form with 400 invalid_request", async () => {
    const response = await fetch(`${server.url}/oauth2/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_request");
  });
});

describe("POST /oauth2/authorize — the consent decision without the SPA", () => {
  const form = (extra: Record<string, string> = {}) =>
    new URLSearchParams({
      response_type: "code",
      client_id: DEMO.notes.client_id,
      redirect_uri: NOTES_CALLBACK,
      scope: "openid files:read",
      state: "state-123",
      nonce: "n-1",
      ...extra,
    }).toString();

  const post = (browser: TestBrowser, body: string, headers: Record<string, string> = {}) =>
    browser.fetch("/oauth2/authorize", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url, ...headers },
      body,
    });

  async function signedInBrowser() {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    return browser;
  }

  it("A6 A9 answers decision=allow with a 303 to the redirect_uri with code, state and iss, and the code redeems", async () => {
    const browser = await signedInBrowser();
    const code = expectCode(await post(browser, form({ decision: "allow" })), { status: 303 });
    const response = await redeem(code);
    expect(response.status).toBe(200);
    expect(tokenResponseSchema.parse(await response.json()).scope).toBe("files:read openid");
  });

  it("remembers the consent it gives: prompt=none then answers a code", async () => {
    const browser = await signedInBrowser();
    expectCode(await post(browser, form({ decision: "allow" })), { status: 303 });
    expectCode(await browser.fetch(authorizeUrl(server.url, { prompt: "none", scope: "openid files:read" })));
  });

  it("A8 answers decision=deny with access_denied, state and iss", async () => {
    const browser = await signedInBrowser();
    expectAppError(await post(browser, form({ decision: "deny" })), "access_denied", { status: 303 });
  });

  it("answers invalid_request at the redirect_uri for an unknown or repeated decision", async () => {
    const browser = await signedInBrowser();
    expectAppError(await post(browser, form({ decision: "maybe" })), "invalid_request", { status: 303 });
    expectAppError(await post(browser, `${form({ decision: "allow" })}&decision=allow`), "invalid_request", {
      status: 303,
    });
  });

  it("answers login_required without a session", async () => {
    const browser = new TestBrowser(server.url);
    expectAppError(await post(browser, form({ decision: "allow" })), "login_required", { status: 303 });
  });

  it("B15 answers login_required for prompt=login or a max_age the sign-in is older than: no page can ask here", async () => {
    const browser = await signedInBrowser();
    expectAppError(await post(browser, form({ decision: "allow", prompt: "login" })), "login_required", {
      status: 303,
    });
    server.clock.advance(10);
    expectAppError(await post(browser, form({ decision: "allow", max_age: "5" })), "login_required", {
      status: 303,
    });
    expectCode(await post(browser, form({ decision: "allow", max_age: "60" })), { status: 303 });
  });

  it("answers account_selection_required while the person has several portals and chose none", async () => {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
    expectAppError(await post(browser, form({ decision: "allow" })), "account_selection_required", {
      status: 303,
    });
  });

  it("B11 refuses a foreign Origin with 403 and issues no code", async () => {
    const browser = await signedInBrowser();
    const response = await post(browser, form({ decision: "allow" }), { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.headers.get("location")).toBeNull();
    expect(errorBodySchema.parse(await response.json()).error).toBe("forbidden");
    expect(await server.store.grants.find(DEMO.users[1].id, "acme", DEMO.notes.client_id)).toBeNull();
  });

  it("B11 refuses a JSON body with 400 invalid_request and issues no code", async () => {
    const browser = await signedInBrowser();
    const response = await post(browser, JSON.stringify({ decision: "allow" }), {
      "content-type": "application/json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(errorBodySchema.parse(await response.json()).error).toBe("invalid_request");
  });

  it("B11 refuses a text/plain body with 400 invalid_request and issues no code", async () => {
    const browser = await signedInBrowser();
    const response = await post(browser, form({ decision: "allow" }), { "content-type": "text/plain" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await server.store.grants.find(DEMO.users[1].id, "acme", DEMO.notes.client_id)).toBeNull();
  });

  it("A1 shows the error page for an unregistered redirect_uri, with no code", async () => {
    const browser = await signedInBrowser();
    expectErrorPage(
      await post(browser, form({ decision: "allow", redirect_uri: "https://evil.example/cb" })),
      "invalid_redirect_uri",
    );
  });

  it("A5 shows the error page when redirect_uri is sent twice", async () => {
    const browser = await signedInBrowser();
    const body = `${form({ decision: "allow" })}&redirect_uri=${encodeURIComponent(NOTES_CALLBACK)}`;
    expectErrorPage(await post(browser, body), "invalid_redirect_uri");
  });

  it("A3 answers invalid_scope at the redirect_uri for a scope the client did not register", async () => {
    const browser = await signedInBrowser();
    expectAppError(
      await post(browser, form({ decision: "allow", scope: "accounts:write" })),
      "invalid_scope",
      {
        status: 303,
      },
    );
  });
});
