import { createHash } from "node:crypto";
import {
  type ClientSettingsInput,
  clientListSchema,
  clientSchema,
  clientSecretAnswerSchema,
  createdClientSchema,
  tokenResponseSchema,
} from "@gatehouse/shared";
import { decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { expectNoStoreError } from "../../test/answers.ts";
import { authorizeThroughSpa, type Credentials, signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { dataUrl, pngImage, svgImage } from "../../test/images.ts";
import { authorizeUrl, postToken } from "../../test/oauth-app.ts";
import { storeText } from "../../test/store-files.ts";
import { sha256 } from "../domain/secrets.ts";
import type { ClientRecord } from "../store/types.ts";

const server = useTestServer();

const BOARD_CALLBACK = "https://board.example.com/callback";
const ICON = pngImage(32);

/** Valid settings of a new confidential app, "Team Board", with `overrides` over them. */
function boardSettings(overrides: Record<string, unknown> = {}): ClientSettingsInput {
  return {
    name: "Team Board",
    website_url: "https://board.example.com",
    logo: dataUrl(ICON),
    description: "Boards beside your documents.",
    allow_pkce: false,
    redirect_uris: [BOARD_CALLBACK, "http://localhost:5175/board"],
    allowed_origins: ["https://board.example.com"],
    scopes: ["openid", "accounts.self:read", "files:read"],
    policy_url: "https://board.example.com/privacy",
    terms_url: "https://board.example.com/terms",
    ...overrides,
  } as ClientSettingsInput;
}

const signedIn = (person: Credentials, portalId?: string) => signedInBrowser(server, person, portalId);

/** Alice, owner of acme, with acme chosen. */
const acmeOwner = () => signedIn(ALICE, "acme");

async function register(browser: TestBrowser, overrides: Record<string, unknown> = {}) {
  const response = await browser.json("/api/clients", "POST", boardSettings(overrides));
  expect(response.status).toBe(201);
  return createdClientSchema.parse(await response.json());
}

async function listClients(browser: TestBrowser) {
  const response = await browser.json("/api/clients", "GET");
  expect(response.status).toBe(200);
  return clientListSchema.parse(await response.json());
}

const basic = (clientId: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`;

/** A code for the app through the SPA, as alice on acme, in a browser of her own. */
async function codeFor(clientId: string, redirectUri = BOARD_CALLBACK): Promise<string> {
  const landed = await authorizeThroughSpa(server, {
    params: { client_id: clientId, redirect_uri: redirectUri },
    ...ALICE,
    portalId: "acme",
  });
  expect(`${landed.origin}${landed.pathname}`).toBe(redirectUri);
  const code = landed.searchParams.get("code");
  expect(code).toEqual(expect.any(String));
  return code ?? "";
}

/** Redeems a fresh code with `client_secret_post`: the tokens of a new grant. */
async function tokensFor(clientId: string, secret: string) {
  const response = await postToken(server.url, {
    grant_type: "authorization_code",
    code: await codeFor(clientId),
    redirect_uri: BOARD_CALLBACK,
    client_id: clientId,
    client_secret: secret,
  });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

const refresh = (clientId: string, secret: string, refreshToken: string) =>
  postToken(server.url, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: clientId,
    client_secret: secret,
  });

/** The app's refresh of `refreshToken` is refused with `status` and `error`. */
async function expectRefreshRefused(
  clientId: string,
  secret: string,
  refreshToken: string,
  status: number,
  error: string,
) {
  await expectNoStoreError(await refresh(clientId, secret, refreshToken), status, error);
}

const self = (accessToken: string) =>
  fetch(`${server.url}/api/2.0/people/@self`, { headers: { authorization: `Bearer ${accessToken}` } });

async function expectDeadAccessToken(accessToken: string) {
  const response = await self(accessToken);
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer .*error="invalid_token"/);
}

/** The authorize link of the app: our error page naming `invalid_client`, never the app. */
async function expectAuthorizeErrorPage(clientId: string) {
  const response = await fetch(
    authorizeUrl(server.url, { client_id: clientId, redirect_uri: BOARD_CALLBACK }),
    {
      redirect: "manual",
    },
  );
  expect(response.status).toBe(303);
  const page = new URL(response.headers.get("location") ?? "");
  expect(`${page.origin}${page.pathname}`).toBe(`${server.url}/error`);
  expect(page.searchParams.get("error")).toBe("invalid_client");
}

const storeFile = () => storeText(server.dataDir);

/** Every key of a JSON value, however deep. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

/** An app of globex, put straight into the store: the demo data registers none there. */
async function insertGlobexClient(): Promise<ClientRecord> {
  const acmeNotes = await server.store.clients.get(DEMO.notes.client_id);
  if (!acmeNotes) throw new Error("the demo data has no Demo Notes");
  const client: ClientRecord = {
    ...acmeNotes,
    client_id: "0b5c7a43-2f1e-4d6a-9c8b-7a6f5e4d3c2b",
    portal_id: "globex",
    name: "Globex Ledger",
  };
  await server.store.clients.insert(client);
  return client;
}

const ROUTES: { method: string; path: (id: string) => string; body?: unknown }[] = [
  { method: "GET", path: () => "/api/clients" },
  { method: "POST", path: () => "/api/clients", body: boardSettings() },
  { method: "GET", path: (id) => `/api/clients/${id}` },
  { method: "PUT", path: (id) => `/api/clients/${id}`, body: boardSettings() },
  { method: "PATCH", path: (id) => `/api/clients/${id}`, body: { enabled: false } },
  { method: "POST", path: (id) => `/api/clients/${id}/secret` },
  { method: "DELETE", path: (id) => `/api/clients/${id}` },
];

describe("who may manage apps (docs/api.md#clients)", () => {
  it("answers 401 unauthenticated on every route without a session", async () => {
    const browser = new TestBrowser(server.url);
    for (const route of ROUTES) {
      const response = await browser.json(route.path(DEMO.notes.client_id), route.method, route.body);
      await expectNoStoreError(response, 401, "unauthenticated");
    }
    expect(await server.store.clients.get(DEMO.notes.client_id)).toMatchObject({ enabled: true });
  });

  it("answers 403 forbidden on every route to bob, a user of acme, and changes nothing", async () => {
    const bob = await signedIn(BOB);
    const before = await server.store.clients.get(DEMO.notes.client_id);
    for (const route of ROUTES) {
      const response = await bob.json(route.path(DEMO.notes.client_id), route.method, route.body);
      await expectNoStoreError(response, 403, "forbidden");
    }
    expect(await server.store.clients.get(DEMO.notes.client_id)).toEqual(before);
    expect(await server.store.clients.listByPortal("acme")).toHaveLength(2);
  });

  it("answers 403 forbidden to alice on globex, where she is a user, though she owns acme", async () => {
    const alice = await signedIn(ALICE, "globex");
    for (const route of ROUTES) {
      const response = await alice.json(route.path(DEMO.notes.client_id), route.method, route.body);
      await expectNoStoreError(response, 403, "forbidden");
    }
    expect(await server.store.clients.listByPortal("globex")).toEqual([]);
  });
});

describe("GET /api/clients", () => {
  it("lists acme's two demo apps to its owner, with no-store", async () => {
    const response = await (await acmeOwner()).json("/api/clients", "GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const clients = clientListSchema.parse(await response.json());
    expect(clients.map((client) => [client.client_id, client.name])).toEqual([
      [DEMO.notes.client_id, "Demo Notes"],
      [DEMO.mobile.client_id, "Demo Mobile"],
    ]);
    expect(clients[0]).toMatchObject({
      allow_pkce: false,
      token_endpoint_auth_method: "client_secret_basic",
      redirect_uris: DEMO.notes.redirect_uris,
      allowed_origins: ["http://localhost:5175"],
      scopes: DEMO.notes.scopes,
      website_url: "https://notes.example.com",
      policy_url: "https://notes.example.com/privacy",
      terms_url: "https://notes.example.com/terms",
      enabled: true,
    });
    expect(clients[1]).toMatchObject({ allow_pkce: true, token_endpoint_auth_method: "none" });
  });

  it("never shows a secret or a secret hash", async () => {
    const response = await (await acmeOwner()).json("/api/clients", "GET");
    const text = await response.text();
    expect(keysOf(JSON.parse(text)).filter((key) => /secret/i.test(key))).toEqual([]);
    const secret = DEMO.notes.client_secret;
    expect(text).not.toContain(secret);
    expect(text).not.toContain(sha256(secret));
    expect(text).not.toContain(createHash("sha256").update(secret).digest("hex"));
    expect(text).not.toContain(createHash("sha256").update(secret).digest("base64"));
  });
});

describe("POST /api/clients", () => {
  it("registers a confidential app: 201 with the client and a secret of at least 128 bits, shown this once", async () => {
    const alice = await acmeOwner();
    const response = await alice.json("/api/clients", "POST", boardSettings());
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { client, client_secret } = createdClientSchema.parse(await response.json());
    expect(client_secret).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(client).toEqual({
      client_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Team Board",
      description: "Boards beside your documents.",
      website_url: "https://board.example.com",
      logo_uri: expect.stringMatching(new RegExp(`^${server.url}/logos/${client.client_id}`)),
      policy_url: "https://board.example.com/privacy",
      terms_url: "https://board.example.com/terms",
      redirect_uris: [BOARD_CALLBACK, "http://localhost:5175/board"],
      allowed_origins: ["https://board.example.com"],
      scopes: ["accounts.self:read", "files:read", "openid"],
      allow_pkce: false,
      allow_other_portals: false,
      id_token_signed_response_alg: "RS256",
      token_endpoint_auth_method: "client_secret_basic",
      enabled: true,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect((await listClients(alice)).map((listed) => listed.name)).toEqual([
      "Demo Notes",
      "Demo Mobile",
      "Team Board",
    ]);
    const shown = await alice.json(`/api/clients/${client.client_id}`, "GET");
    expect(shown.status).toBe(200);
    const text = await shown.text();
    expect(clientSchema.parse(JSON.parse(text))).toEqual(client);
    expect(text).not.toContain(client_secret);
  });

  it("stores the secret only as its SHA-256: the store file never holds it", async () => {
    const { client, client_secret } = await register(await acmeOwner());
    const file = await storeFile();
    expect(client_secret).toEqual(expect.any(String));
    expect(file).not.toContain(client_secret);
    expect(file).toContain(sha256(client_secret ?? ""));
    expect((await server.store.clients.get(client.client_id))?.secret_hash).toBe(sha256(client_secret ?? ""));
  });

  it("serves the icon at logo_uri from our origin, as the bytes prove, locked down", async () => {
    const { client } = await register(await acmeOwner());
    const logo = await fetch(client.logo_uri);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toBe("image/png");
    expect(logo.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(logo.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(ICON);
  });

  it("serves an SVG icon as image/svg+xml under a sandboxing policy", async () => {
    const svg = svgImage();
    const { client } = await register(await acmeOwner(), { logo: dataUrl(svg, "image/svg+xml") });
    const logo = await fetch(client.logo_uri);
    expect(logo.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(logo.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(svg);
  });

  it("registers a PKCE app with no secret and token endpoint auth none", async () => {
    const response = await (await acmeOwner()).json(
      "/api/clients",
      "POST",
      boardSettings({ allow_pkce: true }),
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toStrictEqual({ client: expect.any(Object) });
    const { client } = createdClientSchema.parse(body);
    expect(client).toMatchObject({ allow_pkce: true, token_endpoint_auth_method: "none" });
    expect((await server.store.clients.get(client.client_id))?.secret_hash).toBeNull();
  });

  it("stores files:write as files:read and files:write: write implies read", async () => {
    const { client } = await register(await acmeOwner(), { scopes: ["files:write"] });
    expect(client.scopes).toEqual(["files:read", "files:write"]);
    expect((await server.store.clients.get(client.client_id))?.scopes).toEqual(["files:read", "files:write"]);
  });

  it("accepts the limits: a 3- and a 256-character name, a 255-character description, 12 redirect URLs", async () => {
    const alice = await acmeOwner();
    const twelve = Array.from({ length: 12 }, (_, index) => `https://board.example.com/cb/${index}`);
    await register(alice, { name: "abc", description: "d".repeat(255), redirect_uris: twelve });
    const { client } = await register(alice, { name: "n".repeat(256), description: "" });
    expect(client.name).toHaveLength(256);
  });

  const thirteen = Array.from({ length: 13 }, (_, index) => `https://board.example.com/cb/${index}`);
  /** Stands for a field left out of the body. */
  const MISSING = Symbol("missing");
  const bodyOf = (overrides: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries<unknown>(boardSettings(overrides)).filter(([, value]) => value !== MISSING),
    );
  const refused: [string, Record<string, unknown>, string][] = [
    ['a name of 2 characters ("ab")', { name: "ab" }, "name: "],
    ["a name of 257 characters", { name: "n".repeat(257) }, "name: "],
    ["a name missing", { name: MISSING }, "name: "],
    ['website_url "ftp://x"', { website_url: "ftp://x" }, "website_url: "],
    ["a relative website_url", { website_url: "/home" }, "website_url: "],
    ["a description of 256 characters", { description: "d".repeat(256) }, "description: "],
    ["no redirect URL", { redirect_uris: [] }, "redirect_uris: "],
    ["13 redirect URLs", { redirect_uris: thirteen }, "redirect_uris: "],
    ["a redirect URL added twice", { redirect_uris: [BOARD_CALLBACK, BOARD_CALLBACK] }, "redirect_uris: "],
    [
      "an http redirect URL to a host that is not loopback",
      { redirect_uris: ["http://example.com/cb"] },
      "redirect_uris.0: ",
    ],
    [
      "a redirect URL with a fragment",
      { redirect_uris: ["https://example.com/cb#frag"] },
      "redirect_uris.0: ",
    ],
    [
      "a redirect URL with a user name",
      { redirect_uris: ["https://user@example.com/cb"] },
      "redirect_uris.0: ",
    ],
    ["a relative redirect URL", { redirect_uris: [BOARD_CALLBACK, "/cb"] }, "redirect_uris.1: "],
    ["no allowed origin", { allowed_origins: [] }, "allowed_origins: "],
    [
      "an origin with a trailing slash",
      { allowed_origins: ["http://localhost:5175/"] },
      "allowed_origins.0: ",
    ],
    ["an origin with a path", { allowed_origins: ["http://localhost:5175/path"] }, "allowed_origins.0: "],
    ["no scope", { scopes: [] }, "scopes: "],
    ['an unknown scope ("nope")', { scopes: ["nope"] }, "scopes.0: "],
    ["policy_url missing", { policy_url: MISSING }, "policy_url: "],
    ["terms_url missing", { terms_url: MISSING }, "terms_url: "],
    ["logo missing", { logo: MISSING }, "logo: "],
    ["a logo that is not a data: URL", { logo: "https://board.example.com/icon.png" }, "logo: "],
    ["a 64×64 PNG logo", { logo: dataUrl(pngImage(64)) }, "logo: App icon must be exactly 32×32 pixels"],
    [
      "an SVG logo with a script",
      { logo: dataUrl(svgImage("<script>alert(1)</script>"), "image/svg+xml") },
      "logo: App icon SVG must not contain <script>",
    ],
    [
      "a logo over 256 KB",
      { logo: dataUrl(Buffer.concat([ICON, Buffer.alloc(256 * 1024)])) },
      "logo: App icon must be at most 256 KB",
    ],
    ["allow_pkce that is not a boolean", { allow_pkce: "yes" }, "allow_pkce: "],
  ];

  for (const [what, overrides, prefix] of refused) {
    it(`refuses ${what}: 400 invalid_request naming the field, and registers nothing`, async () => {
      const alice = await acmeOwner();
      const { error_description } = await expectNoStoreError(
        await alice.json("/api/clients", "POST", bodyOf(overrides)),
        400,
        "invalid_request",
      );
      expect(error_description?.startsWith(prefix)).toBe(true);
      expect(await server.store.clients.listByPortal("acme")).toHaveLength(2);
    });
  }
});

describe("a registered app, end to end", () => {
  it("completes authorize → code → token as alice on acme, with client_secret_post and with Basic", async () => {
    const { client, client_secret = "" } = await register(await acmeOwner());
    const tokens = await tokensFor(client.client_id, client_secret);
    expect(tokens).toMatchObject({ token_type: "Bearer", refresh_token: expect.any(String) });
    expect((await self(tokens.access_token)).status).toBe(200);

    const basicAnswer = await postToken(
      server.url,
      {
        grant_type: "authorization_code",
        code: await codeFor(client.client_id),
        redirect_uri: BOARD_CALLBACK,
      },
      { authorization: basic(client.client_id, client_secret) },
    );
    expect(basicAnswer.status).toBe(200);
    expect(tokenResponseSchema.parse(await basicAnswer.json()).token_type).toBe("Bearer");
  });

  it("signs its ID tokens with the algorithm it chose: RS256 by default, ES256 when asked, changeable", async () => {
    const alice = await acmeOwner();
    const { client, client_secret = "" } = await register(alice, { id_token_signed_response_alg: "ES256" });
    expect(client.id_token_signed_response_alg).toBe("ES256");
    const first = await tokensFor(client.client_id, client_secret);
    expect(decodeProtectedHeader(first.id_token ?? "")).toMatchObject({ alg: "ES256" });
    expect(decodeProtectedHeader(first.access_token)).toMatchObject({ alg: "ES256" });

    const changed = await alice.json(
      `/api/clients/${client.client_id}`,
      "PUT",
      boardSettings({ logo: undefined }),
    );
    expect(clientSchema.parse(await changed.json()).id_token_signed_response_alg).toBe("RS256");
    const second = await tokensFor(client.client_id, client_secret);
    expect(decodeProtectedHeader(second.id_token ?? "")).toMatchObject({ alg: "RS256" });
    expect(decodeProtectedHeader(second.access_token)).toMatchObject({ alg: "ES256" });
  });

  it("refuses an ID token algorithm other than RS256 or ES256 with 400 invalid_request, naming the field", async () => {
    const alice = await acmeOwner();
    for (const alg of ["HS256", "none", "PS256", ""]) {
      const { error_description } = await expectNoStoreError(
        await alice.json("/api/clients", "POST", boardSettings({ id_token_signed_response_alg: alg })),
        400,
        "invalid_request",
      );
      expect(error_description?.startsWith("id_token_signed_response_alg: ")).toBe(true);
    }
    expect((await listClients(alice)).map((listed) => listed.name)).toEqual(["Demo Notes", "Demo Mobile"]);
  });

  it("refuses a wrong secret with 401 invalid_client", async () => {
    const { client } = await register(await acmeOwner());
    const response = await postToken(server.url, {
      grant_type: "authorization_code",
      code: await codeFor(client.client_id),
      redirect_uri: BOARD_CALLBACK,
      client_id: client.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    await expectNoStoreError(response, 401, "invalid_client");
  });
});

describe("GET /api/clients/:client_id", () => {
  it("answers 404 not_found for an unknown id", async () => {
    const alice = await acmeOwner();
    await expectNoStoreError(await alice.json("/api/clients/no-such-app", "GET"), 404, "not_found");
    await expectNoStoreError(
      await alice.json("/api/clients/00000000-0000-4000-8000-000000000000", "GET"),
      404,
      "not_found",
    );
  });

  it("treats another portal's app as unknown on every route, and changes nothing", async () => {
    const globex = await insertGlobexClient();
    const alice = await acmeOwner();
    for (const route of ROUTES.slice(2)) {
      const response = await alice.json(route.path(globex.client_id), route.method, route.body);
      await expectNoStoreError(response, 404, "not_found");
    }
    expect(await server.store.clients.get(globex.client_id)).toEqual(globex);
    expect((await listClients(alice)).map((client) => client.client_id)).not.toContain(globex.client_id);
  });
});

describe("PUT /api/clients/:client_id", () => {
  it("changes the settings, keeping the icon and its logo_uri when logo is left out", async () => {
    const alice = await acmeOwner();
    const { client } = await register(alice);
    const { logo: _left, ...withoutLogo } = boardSettings({
      name: "Team Board 2",
      redirect_uris: ["https://board.example.com/v2/callback"],
      scopes: ["rooms:write"],
      allow_pkce: false,
    });
    const response = await alice.json(`/api/clients/${client.client_id}`, "PUT", withoutLogo);
    expect(response.status).toBe(200);
    const changed = clientSchema.parse(await response.json());
    expect(changed).toMatchObject({
      client_id: client.client_id,
      name: "Team Board 2",
      redirect_uris: ["https://board.example.com/v2/callback"],
      scopes: ["rooms:read", "rooms:write"],
      logo_uri: client.logo_uri,
    });
    expect(
      clientSchema.parse(await (await alice.json(`/api/clients/${client.client_id}`, "GET")).json()),
    ).toEqual(changed);
    expect(Buffer.from(await (await fetch(changed.logo_uri)).arrayBuffer())).toEqual(ICON);
  });

  it("gives a changed icon a new logo_uri, which serves the new icon", async () => {
    const alice = await acmeOwner();
    const { client } = await register(alice);
    const svg = svgImage();
    const response = await alice.json(
      `/api/clients/${client.client_id}`,
      "PUT",
      boardSettings({ logo: dataUrl(svg, "image/svg+xml") }),
    );
    expect(response.status).toBe(200);
    const changed = clientSchema.parse(await response.json());
    expect(changed.logo_uri).not.toBe(client.logo_uri);
    const logo = await fetch(changed.logo_uri);
    expect(logo.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(svg);
  });

  it("applies the same field rules: 400 invalid_request naming the field, and changes nothing", async () => {
    const alice = await acmeOwner();
    const before = await server.store.clients.get(DEMO.notes.client_id);
    const path = `/api/clients/${DEMO.notes.client_id}`;
    const { error_description } = await expectNoStoreError(
      await alice.json(path, "PUT", boardSettings({ redirect_uris: ["https://example.com/cb#frag"] })),
      400,
      "invalid_request",
    );
    expect(error_description?.startsWith("redirect_uris.0: ")).toBe(true);
    const logo = await expectNoStoreError(
      await alice.json(path, "PUT", boardSettings({ logo: dataUrl(pngImage(64)) })),
      400,
      "invalid_request",
    );
    expect(logo.error_description?.startsWith("logo: ")).toBe(true);
    expect(await server.store.clients.get(DEMO.notes.client_id)).toEqual(before);
  });
});

describe("PATCH /api/clients/:client_id", () => {
  it("disables an app: unknown to authorize and the token endpoint, its grants revoked and its tokens dead", async () => {
    const alice = await acmeOwner();
    const { client, client_secret = "" } = await register(alice);
    const tokens = await tokensFor(client.client_id, client_secret);
    const pendingCode = await codeFor(client.client_id);

    const response = await alice.json(`/api/clients/${client.client_id}`, "PATCH", { enabled: false });
    expect(response.status).toBe(200);
    expect(clientSchema.parse(await response.json())).toMatchObject({
      client_id: client.client_id,
      enabled: false,
    });

    await expectAuthorizeErrorPage(client.client_id);
    await expectNoStoreError(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code: pendingCode,
        redirect_uri: BOARD_CALLBACK,
        client_id: client.client_id,
        client_secret,
      }),
      401,
      "invalid_client",
    );
    await expectRefreshRefused(client.client_id, client_secret, tokens.refresh_token, 401, "invalid_client");
    await expectDeadAccessToken(tokens.access_token);
    expect(await server.store.grants.listByClient(client.client_id)).toEqual([]);
  });

  it("enables it again for new flows, while the tokens of before stay dead", async () => {
    const alice = await acmeOwner();
    const { client, client_secret = "" } = await register(alice);
    const before = await tokensFor(client.client_id, client_secret);
    const codeOfBefore = await codeFor(client.client_id);
    expect((await alice.json(`/api/clients/${client.client_id}`, "PATCH", { enabled: false })).status).toBe(
      200,
    );

    const response = await alice.json(`/api/clients/${client.client_id}`, "PATCH", { enabled: true });
    expect(response.status).toBe(200);
    expect(clientSchema.parse(await response.json()).enabled).toBe(true);

    const after = await tokensFor(client.client_id, client_secret);
    expect((await self(after.access_token)).status).toBe(200);
    expect((await refresh(client.client_id, client_secret, after.refresh_token)).status).toBe(200);
    await expectRefreshRefused(client.client_id, client_secret, before.refresh_token, 400, "invalid_grant");
    await expectDeadAccessToken(before.access_token);
    const redeemed = await postToken(server.url, {
      grant_type: "authorization_code",
      code: codeOfBefore,
      redirect_uri: BOARD_CALLBACK,
      client_id: client.client_id,
      client_secret,
    });
    await expectNoStoreError(redeemed, 400, "invalid_grant");
  });

  it("refuses a body without a boolean enabled with 400 invalid_request", async () => {
    const alice = await acmeOwner();
    const path = `/api/clients/${DEMO.notes.client_id}`;
    for (const body of [{}, { enabled: "false" }]) {
      const { error_description } = await expectNoStoreError(
        await alice.json(path, "PATCH", body),
        400,
        "invalid_request",
      );
      expect(error_description?.startsWith("enabled: ")).toBe(true);
    }
    expect(await server.store.clients.get(DEMO.notes.client_id)).toMatchObject({ enabled: true });
  });
});

describe("POST /api/clients/:client_id/secret", () => {
  it("answers a new secret, sent as the SPA sends it (no body); the old one fails at once", async () => {
    const alice = await acmeOwner();
    const { client, client_secret: oldSecret = "" } = await register(alice);
    const response = await alice.json(`/api/clients/${client.client_id}/secret`, "POST");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { client_secret } = clientSecretAnswerSchema.parse(await response.json());
    expect(client_secret).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(client_secret).not.toBe(oldSecret);
    expect(await storeFile()).not.toContain(client_secret);

    await expectNoStoreError(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code: await codeFor(client.client_id),
        redirect_uri: BOARD_CALLBACK,
        client_id: client.client_id,
        client_secret: oldSecret,
      }),
      401,
      "invalid_client",
    );
    const tokens = await tokensFor(client.client_id, client_secret);
    expect((await self(tokens.access_token)).status).toBe(200);
  });

  it("replaces the demo secret of Demo Notes too", async () => {
    const alice = await acmeOwner();
    const response = await alice.json(`/api/clients/${DEMO.notes.client_id}/secret`, "POST", {});
    expect(response.status).toBe(200);
    const landed = await authorizeThroughSpa(server, { ...ALICE, portalId: "acme" });
    const answer = await postToken(server.url, {
      grant_type: "authorization_code",
      code: landed.searchParams.get("code") ?? "",
      redirect_uri: DEMO.notes.redirect_uris[0],
      client_id: DEMO.notes.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    await expectNoStoreError(answer, 401, "invalid_client");
  });

  it("refuses a PKCE app with 400 invalid_request: it has no secret", async () => {
    const alice = await acmeOwner();
    await expectNoStoreError(
      await alice.json(`/api/clients/${DEMO.mobile.client_id}/secret`, "POST"),
      400,
      "invalid_request",
    );
    expect((await server.store.clients.get(DEMO.mobile.client_id))?.secret_hash).toBeNull();
  });
});

describe("DELETE /api/clients/:client_id", () => {
  it("answers 204; the app is gone, its tokens dead, its authorize link an error page", async () => {
    const alice = await acmeOwner();
    const { client, client_secret = "" } = await register(alice);
    const tokens = await tokensFor(client.client_id, client_secret);

    const response = await alice.json(`/api/clients/${client.client_id}`, "DELETE");
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");

    await expectNoStoreError(await alice.json(`/api/clients/${client.client_id}`, "GET"), 404, "not_found");
    expect((await listClients(alice)).map((listed) => listed.client_id)).not.toContain(client.client_id);
    await expectDeadAccessToken(tokens.access_token);
    await expectRefreshRefused(client.client_id, client_secret, tokens.refresh_token, 401, "invalid_client");
    await expectAuthorizeErrorPage(client.client_id);
    expect(await server.store.grants.listByClient(client.client_id)).toEqual([]);
    expect((await fetch(client.logo_uri)).status).toBe(404);
  });
});

describe("the API's write guards (docs/api.md#spa-api)", () => {
  it("refuses a write whose body is not declared as JSON with 415, and registers nothing", async () => {
    const alice = await acmeOwner();
    const response = await alice.fetch("/api/clients", {
      method: "POST",
      headers: { "content-type": "text/plain", origin: server.url },
      body: JSON.stringify(boardSettings()),
    });
    await expectNoStoreError(response, 415, "unsupported_media_type");
    const patch = await alice.fetch(`/api/clients/${DEMO.notes.client_id}`, {
      method: "PATCH",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
      body: "enabled=false",
    });
    await expectNoStoreError(patch, 415, "unsupported_media_type");
    expect(await server.store.clients.listByPortal("acme")).toHaveLength(2);
    expect(await server.store.clients.get(DEMO.notes.client_id)).toMatchObject({ enabled: true });
  });

  it("refuses a foreign Origin with 403 on every write, and changes nothing", async () => {
    const alice = await acmeOwner();
    const before = await server.store.clients.get(DEMO.notes.client_id);
    for (const route of ROUTES.filter((candidate) => candidate.method !== "GET")) {
      const response = await alice.fetch(route.path(DEMO.notes.client_id), {
        method: route.method,
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
      });
      await expectNoStoreError(response, 403, "forbidden");
    }
    expect(await server.store.clients.get(DEMO.notes.client_id)).toEqual(before);
    expect(await server.store.clients.listByPortal("acme")).toHaveLength(2);
  });
});
