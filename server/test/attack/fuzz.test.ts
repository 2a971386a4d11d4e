import { createHash } from "node:crypto";
import { request } from "node:http";
import { Writable } from "node:stream";
import { clientEnabledSchema, clientSettingsSchema, tokenResponseSchema } from "@gatehouse/shared";
import fc from "fast-check";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../browser.ts";
import { DEMO } from "../fixtures.ts";
import { startTestServer, type TestServer } from "../harness.ts";
import { pngImage, svgImage } from "../images.ts";
import { authorizeUrl, postToken } from "../oauth-app.ts";
import { codeOf } from "./flows.ts";

/**
 * Random requests at every endpoint (issue #6, L57–L61): random methods, query strings and forms with
 * repeated keys, unicode, control characters, NUL, CR/LF, very long values, broken percent-encoding
 * and invalid UTF-8; random JSON, content types, encodings, Authorization headers, cookies and
 * origins. Whatever arrives, the answer is below 500, carries no stack trace, and an error in JSON is
 * `{ error, error_description? }`; nothing is logged as an unhandled error.
 */

/** Requests per endpoint group; FUZZ_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

// ---------------------------------------------------------------------------------------------
// The server, and what a real caller would hold: sessions, an interaction, tokens.

const logged: { level: number; msg?: string; err?: unknown }[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString("utf8").split("\n")) if (line) logged.push(JSON.parse(line));
    done();
  },
});

let server: TestServer;
const held = {
  bob: new TestBrowser("http://placeholder"),
  alice: new TestBrowser("http://placeholder"),
  interactions: [] as string[],
  accessToken: "",
  refreshToken: "",
  mobileAccessToken: "",
  mobileCode: "",
};

const MOBILE_VERIFIER = "fuzz-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

/** A code of Demo Mobile for bob, issued with the S256 challenge of MOBILE_VERIFIER. */
async function mobileCode(): Promise<string> {
  const back = await authorizeThroughSpa(server, {
    browser: held.bob,
    params: {
      client_id: DEMO.mobile.client_id,
      redirect_uri: DEMO.mobile.redirect_uris[0],
      scope: "openid",
      code_challenge: createHash("sha256").update(MOBILE_VERIFIER).digest("base64url"),
      code_challenge_method: "S256",
    },
  });
  return codeOf(back);
}

const cookieHeader = (browser: TestBrowser) =>
  [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");

async function signInBob() {
  expect((await signIn(held.bob, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
}

async function signInAliceOnAcme() {
  expect((await signIn(held.alice, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
  expect((await held.alice.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ logger: pino({ level: "warn" }, logSink) });
  held.bob = new TestBrowser(server.url);
  held.alice = new TestBrowser(server.url);
  for (let i = 0; i < 3; i += 1) {
    held.interactions.push(
      await startInteraction(
        held.bob,
        authorizeUrl(server.url, { scope: "openid files:read", state: `fuzz-${i}` }),
      ),
    );
  }
  await signInBob();
  const aliceCode = codeOf(
    await authorizeThroughSpa(server, {
      browser: held.alice,
      email: "alice@example.com",
      password: "Alice-Pa55!",
      params: { scope: "openid accounts.self:read files:read rooms:read" },
    }),
  );
  const tokens = tokenResponseSchema.parse(
    await (
      await postToken(server.url, {
        grant_type: "authorization_code",
        code: aliceCode,
        redirect_uri: DEMO.notes.redirect_uris[0],
        client_id: DEMO.notes.client_id,
        client_secret: DEMO.notes.client_secret,
      })
    ).json(),
  );
  held.accessToken = tokens.access_token;
  await signInAliceOnAcme();
  // Bob's codes and refresh token are his own grant's: spending or revoking them leaves alice's token alive.
  held.mobileCode = await mobileCode();
  const mobile = tokenResponseSchema.parse(
    await (
      await postToken(server.url, {
        grant_type: "authorization_code",
        code: await mobileCode(),
        redirect_uri: DEMO.mobile.redirect_uris[0],
        client_id: DEMO.mobile.client_id,
        code_verifier: MOBILE_VERIFIER,
      })
    ).json(),
  );
  held.refreshToken = mobile.refresh_token;
  held.mobileAccessToken = mobile.access_token;
}, 60_000);

afterAll(async () => {
  await server?.close({ remove: true });
});

// ---------------------------------------------------------------------------------------------
// Sending: node:http, so that methods, raw paths and bodies go out exactly as generated.

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

interface FuzzAnswer {
  status: number;
  contentType: string;
  body: string;
}

function send(fuzz: FuzzRequest): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    const req = request(
      {
        hostname,
        port,
        path: fuzz.path,
        method: fuzz.method,
        agent: false,
        headers: { ...fuzz.headers, ...(fuzz.body ? { "content-length": `${fuzz.body.length}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers["content-type"] ?? "",
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    // The server may answer (413) and close before it has read a large body.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ECONNRESET") return;
      reject(error);
    });
    req.end(fuzz.body ?? undefined);
  });
}

// ---------------------------------------------------------------------------------------------
// What a request is made of.

/** Percent-encodes every byte but the unreserved ones; a lone surrogate becomes U+FFFD's bytes. */
function percentEncode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** A header value Node will send: tab, printable ASCII and Latin-1 only (no CR, LF or NUL). */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");

/** Raw fragments pasted into URLs and forms as they are: broken escapes, raw Latin-1 (invalid UTF-8) bytes. */
const rawPiece = fc.constantFrom(
  "%zz",
  "%",
  "%4",
  "%e2%82",
  "%ff%fe",
  "%c0%af",
  "%ed%a0%80",
  "%00",
  "%0d%0a",
  "%0A%20%20at%20x",
  "+",
  "&",
  "=",
  "==",
  ";",
  "%25",
  "%u0041",
  "\u00ff\u00fe",
  "\u00c3\u0028",
  "%2e%2e%2f",
  "..",
);

const CONTROLS = [
  "\0",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\u202e",
  "\ud800",
];

function goodValues(): string[] {
  return [
    "code",
    "token",
    "authorization_code",
    "refresh_token",
    DEMO.notes.client_id,
    DEMO.notes.client_secret,
    DEMO.mobile.client_id,
    ...DEMO.notes.redirect_uris,
    ...DEMO.mobile.redirect_uris,
    "openid",
    "openid files:read",
    "openid accounts.self:write",
    "S256",
    "plain",
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    "dBjftJeZ4CVP-mJ0zeEoalaVgTeDnSGrrTHKF8nS2x8gZ",
    "none",
    "login",
    "consent",
    "select_account",
    "allow",
    "deny",
    "acme",
    "globex",
    "bob@example.com",
    "Bob-Pa55!",
    "9007199254740993",
    "-1",
    "",
    " ",
    MOBILE_VERIFIER,
    held.refreshToken,
    held.mobileCode,
  ];
}

/** One of `goodValues()`, read when generated: the held codes and tokens exist only once the server runs. */
const goodValue = fc.nat().map((index) => {
  const values = goodValues();
  return values[index % values.length] ?? "";
});

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom(...CONTROLS, "a", " ", "é", "𝔘"), maxLength: 20 }),
  },
  { weight: 3, arbitrary: goodValue },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 12_000 }).map((length) => "x".repeat(length)) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(2049), "é".repeat(3000), "%".repeat(500)) },
);

/** One encoded key or value, sometimes with a raw fragment. */
const encoded = (source: fc.Arbitrary<string>) =>
  fc.tuple(source, fc.option(rawPiece, { freq: 3 }), fc.boolean()).map(([value, raw, rawFirst]) => {
    const safe = percentEncode(value);
    if (raw === null) return safe;
    return rawFirst ? `${raw}${safe}` : `${safe}${raw}`;
  });

const MAGIC_KEYS = [
  "__proto__",
  "__proto__[x]",
  "constructor[prototype][x]",
  "scope[]",
  "a[b]",
  "hasOwnProperty",
  "toString",
];

/** `a=b&c=d…` with the endpoint's own names, magic names and random ones, sometimes repeated. */
const parameters = (names: readonly string[]) =>
  fc
    .tuple(
      fc.array(
        fc.tuple(
          encoded(
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...names) },
              { weight: 1, arbitrary: fc.constantFrom(...MAGIC_KEYS) },
              { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
            ),
          ),
          encoded(text),
          fc.boolean(),
        ),
        { maxLength: 12 },
      ),
      fc.boolean(),
    )
    .map(([pairs, repeatFirst]) => {
      const parts = pairs.map(([key, value, bare]) => (bare && value === "" ? key : `${key}=${value}`));
      if (repeatFirst && parts[0] !== undefined) parts.push(parts[0]);
      return parts.join("&");
    });

/** A JSON body: random JSON, objects with the endpoint's names and wrong types, deep nesting, or broken JSON. */
const jsonBody = (names: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.json({ maxDepth: 4 }) },
    {
      weight: 4,
      arbitrary: fc
        .dictionary(
          fc.oneof(fc.constantFrom(...names, ...MAGIC_KEYS), fc.string({ maxLength: 8 })),
          fc.jsonValue({ maxDepth: 3 }),
          {
            maxKeys: 8,
          },
        )
        .map((object) => JSON.stringify(object)),
    },
    {
      weight: 2,
      arbitrary: fc
        .dictionary(fc.constantFrom(...names), fc.oneof(text, goodValue), { maxKeys: 8 })
        .map((object) => JSON.stringify(object)),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 100, max: 20_000 })
        .map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 100, max: 5_000 })
        .map((depth) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        "null",
        "[]",
        '"x"',
        "1e999",
        "{",
        '{"a":1,}',
        "\ufeff{}",
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/json; charset=bogus",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=utf-8",
  "application/x-www-form-urlencoded; charset=iso-8859-1",
  "application/x-www-form-urlencoded; charset=bogus",
  "text/plain",
  "text/plain; charset=utf-8",
  "multipart/form-data; boundary=xyz",
  "application/xml",
  "application/merge-patch+json",
  "application/*",
  "*/*",
  "",
  ";;;",
  "application/json; charset",
  'application/json;charset="utf-8"',
];

const body = (names: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: parameters(names).map((form) => Buffer.from(form, "latin1")) },
    { weight: 4, arbitrary: jsonBody(names).map((json) => Buffer.from(json, "utf8")) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constantFrom(17_000, 600_000).map((size) => Buffer.alloc(size, "a")) },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
  );

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value) ?? "null").toString("base64url");

/** Three base64url parts that look like a JWT: random or plausible headers and payloads. */
const jwtLike = fc
  .tuple(
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({
        alg: fc.constantFrom("none", "HS256", "ES256", "RS256", "", "ES256K"),
        typ: fc.constantFrom("at+jwt", "JWT", "x"),
        kid: fc.oneof(fc.string({ maxLength: 20 }), fc.constant("../../etc/passwd")),
      }),
    ),
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({
        iss: fc.string(),
        sub: fc.string(),
        aud: fc.string(),
        exp: fc.oneof(fc.integer(), fc.string()),
        scope: fc.string(),
      }),
    ),
    fc.uint8Array({ maxLength: 64 }),
  )
  .map(
    ([header, payload, signature]) =>
      `${base64url(header)}.${base64url(payload)}.${Buffer.from(signature).toString("base64url")}`,
  );

const authorization = fc.option(
  fc.oneof(
    fc.constant(
      `Basic ${Buffer.from(`${DEMO.notes.client_id}:${DEMO.notes.client_secret}`).toString("base64")}`,
    ),
    fc.constant("VALID_BEARER"),
    fc.string({ maxLength: 40 }).map((value) => `Basic ${Buffer.from(value, "utf8").toString("base64")}`),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => `Basic ${Buffer.from(bytes).toString("base64")}`),
    fc.string({ maxLength: 40 }).map((value) => `Basic ${value}`),
    fc.constantFrom(
      "Basic",
      "Basic ",
      "Basic Og==",
      "Basic JXp6OiV6eg==",
      "Basic ====",
      "Bearer",
      "Bearer ",
      "bearer  x",
      "Bearer a b",
      "Digest x",
      "Negotiate",
    ),
    jwtLike.map((token) => `Bearer ${token}`),
    jwtLike.map((token) => `bearer ${token}`),
    fc.string({ maxLength: 40 }).map((value) => `Bearer ${value}`),
    fc.string({ unit: "binary", maxLength: 40 }),
  ),
  { freq: 2 },
);

const cookie = fc.option(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("BOB", "ALICE") },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((value) => `gatehouse_session=${value}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }))
        .map(([browser, session]) => `gatehouse_browser=${browser}; gatehouse_session=${session}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "=;;==",
        "gatehouse_session=%zz",
        "gatehouse_session",
        "a=b; a=c",
        'gatehouse_session="x"',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  ),
  { freq: 2 },
);

const origin = fc.option(
  fc.oneof(
    fc.constantFrom(
      "ISSUER",
      "http://evil.example",
      "null",
      "http://localhost:5175",
      "http://127.0.0.1:5175",
      "https://localhost:5175",
      "",
    ),
    fc.string({ maxLength: 30 }),
  ),
  { freq: 2 },
);

const contentEncoding = fc.option(
  fc.constantFrom("gzip", "deflate", "br", "identity", "x-unknown", "gzip, gzip"),
  {
    freq: 8,
  },
);

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

/** A path segment: random text encoded, raw broken fragments, or traversal. */
const segment = fc.oneof(
  encoded(fc.string({ maxLength: 30 })),
  encoded(fc.string({ unit: "binary", maxLength: 20 })),
  rawPiece,
  fc.constantFrom(
    "..",
    "%2e%2e",
    "%2F",
    "AAAAAAAAAAAAAAAAAAAAAAAA",
    "x".repeat(300),
    "toString",
    "constructor",
    "__proto__",
  ),
);

interface EndpointGroup {
  name: string;
  methods: string[];
  paths: fc.Arbitrary<string>;
  names: readonly string[];
  /** How the endpoint takes its parameters when the request is well-formed. */
  bodyType: "form" | "json";
}

const AUTHORIZE_NAMES = [
  "response_type",
  "client_id",
  "redirect_uri",
  "scope",
  "state",
  "code_challenge",
  "code_challenge_method",
  "nonce",
  "prompt",
  "login_hint",
  "decision",
  "max_age",
];
const TOKEN_NAMES = [
  "grant_type",
  "code",
  "redirect_uri",
  "code_verifier",
  "refresh_token",
  "scope",
  "client_id",
  "client_secret",
];
const TOKEN_TYPE_NAMES = ["token", "token_type_hint", "client_id", "client_secret"];

const GROUPS: EndpointGroup[] = [
  {
    name: "GET/POST /oauth2/authorize",
    methods: ["GET", "POST"],
    paths: fc.constantFrom("/oauth2/authorize", "/oauth2/authorize/"),
    names: AUTHORIZE_NAMES,
    bodyType: "form",
  },
  {
    name: "POST /oauth2/token",
    methods: ["POST"],
    paths: fc.constant("/oauth2/token"),
    names: TOKEN_NAMES,
    bodyType: "form",
  },
  {
    name: "POST /oauth2/revoke and /oauth2/introspect",
    methods: ["POST"],
    paths: fc.constantFrom("/oauth2/revoke", "/oauth2/introspect"),
    names: TOKEN_TYPE_NAMES,
    bodyType: "form",
  },
  {
    name: "GET/POST /oauth2/userinfo and the DocSpace API /api/2.0/*",
    methods: ["GET", "POST", "PUT"],
    paths: fc.oneof(
      fc.constantFrom(
        "/oauth2/userinfo",
        "/api/2.0/people/@self",
        "/api/2.0/people",
        "/api/2.0/files/@my",
        "/api/2.0/files/rooms",
      ),
      segment.map((value) => `/api/2.0/${value}`),
    ),
    names: ["access_token", "displayName", "email", "id"],
    bodyType: "json",
  },
  {
    name: "discovery, JWKS, logout, logos and unknown paths",
    methods: ["GET"],
    paths: fc.oneof(
      fc.constantFrom(
        "/.well-known/openid-configuration",
        "/.well-known/oauth-authorization-server",
        "/oauth2/jwks",
        "/oauth2/logout",
        `/logos/${DEMO.notes.client_id}`,
        `/logos/${DEMO.mobile.client_id}`,
      ),
      segment.map((value) => `/.well-known/${value}`),
      segment.map((value) => `/logos/${value}`),
      segment.map((value) => `/oauth2/${value}`),
      segment.map((value) => `/api/${value}`),
      segment.map((value) => `/${value}`),
    ),
    names: ["id_token_hint", "post_logout_redirect_uri", "state", "client_id", "ui_locales"],
    bodyType: "form",
  },
  {
    name: "GET/POST/DELETE /api/session and /api/session/portal",
    methods: ["GET", "POST", "DELETE"],
    paths: fc.oneof(
      fc.constantFrom("/api/session", "/api/session/portal"),
      segment.map((value) => `/api/session/${value}`),
    ),
    names: ["email", "password", "portal_id"],
    bodyType: "json",
  },
  {
    name: "/api/interactions/:id and its consent",
    methods: ["GET", "POST"],
    paths: fc
      .tuple(
        fc.oneof(fc.constantFrom("INTERACTION_0", "INTERACTION_1", "INTERACTION_2"), segment),
        fc.constantFrom("", "/consent", "/consent/", "/x"),
      )
      .map(([id, rest]) => `/api/interactions/${id}${rest}`),
    names: ["decision", "client_id", "scope", "redirect_uri"],
    bodyType: "json",
  },
  {
    name: "/api/clients, /api/clients/:id and its secret",
    methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    paths: fc.oneof(
      fc.constant("/api/clients"),
      fc
        .tuple(fc.oneof(fc.constant(DEMO.mobile.client_id), segment), fc.constantFrom("", "/secret", "/x"))
        .map(([id, rest]) => `/api/clients/${id}${rest}`),
    ),
    // Every field an app's settings and its switch take (docs/api.md#clients), read from their schemas.
    names: [...clientSettingsSchema.keyof().options, ...clientEnabledSchema.keyof().options],
    bodyType: "json",
  },
  {
    name: "/api/consents and /api/consents/:id",
    methods: ["GET", "DELETE"],
    paths: fc.oneof(
      fc.constant("/api/consents"),
      fc.oneof(fc.constant(DEMO.notes.client_id), segment).map((id) => `/api/consents/${id}`),
    ),
    names: ["client_id"],
    bodyType: "json",
  },
];

const LOGO = fc.oneof(
  fc.constant(`data:image/svg+xml;base64,${svgImage().toString("base64")}`),
  fc.constant(`data:image/png;base64,${pngImage(32).toString("base64")}`),
  fc
    .tuple(
      fc.constantFrom("image/png", "image/jpeg", "image/svg+xml", "image/gif", "text/html", ""),
      fc.uint8Array({ maxLength: 300 }),
    )
    .map(([type, bytes]) => `data:${type};base64,${Buffer.from(bytes).toString("base64")}`),
  fc
    .tuple(
      fc.constantFrom(
        "<script>alert(1)</script>",
        '<image href="https://evil.example/x.png"/>',
        '<!DOCTYPE svg [<!ENTITY x "xxxxxxxx">]><text>&x;&x;</text>',
        '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"/></foreignObject>',
        "<unclosed",
        "",
      ),
      fc.integer({ min: -1, max: 100_000 }),
    )
    .map(([inner, size]) => `data:image/svg+xml;base64,${svgImage(inner, size).toString("base64")}`),
  fc.string({ maxLength: 60 }),
);

/** The values a parameter takes in a real request, read when generated. */
function rightValues(name: string): string[] {
  const values: Record<string, string[]> = {
    grant_type: ["authorization_code", "refresh_token"],
    response_type: ["code"],
    client_id: [DEMO.notes.client_id, DEMO.mobile.client_id],
    client_secret: [DEMO.notes.client_secret],
    redirect_uri: [...DEMO.notes.redirect_uris, ...DEMO.mobile.redirect_uris],
    code: [held.mobileCode],
    code_verifier: [MOBILE_VERIFIER],
    refresh_token: [held.refreshToken],
    token: [held.refreshToken, held.mobileAccessToken],
    token_type_hint: ["access_token", "refresh_token"],
    scope: ["openid", "openid files:read", "files:read", "openid accounts.self:read"],
    code_challenge: [createHash("sha256").update(MOBILE_VERIFIER).digest("base64url")],
    code_challenge_method: ["S256"],
    prompt: ["none", "login", "consent", "select_account"],
    decision: ["allow", "deny"],
    email: ["bob@example.com", "alice@example.com"],
    password: ["Bob-Pa55!", "wrong"],
    portal_id: ["acme", "globex"],
    state: ["fuzz-state"],
    name: ["Fuzz App", "ab", "x".repeat(257), " \u0000\u202e "],
    website_url: [
      "https://fuzz.example",
      "http://fuzz.example/a?b#c",
      "javascript:alert(1)",
      "//fuzz.example",
    ],
    policy_url: ["https://fuzz.example/privacy", "ftp://fuzz.example"],
    terms_url: ["https://fuzz.example/terms", "data:text/html,x"],
    description: ["A fuzzed app", "d".repeat(256)],
    displayName: ["Bob Fuzzed", "", "\u0007", "n".repeat(129)],
  };
  return values[name] ?? [];
}

const rightValue = (name: string) =>
  fc.nat().map((index) => {
    const values = rightValues(name);
    return values.length > 0 ? (values[index % values.length] ?? "") : `fuzz-${name}`;
  });

/** A JSON value for `name`: right-looking values, sometimes of the wrong type. */
const plausibleJsonValue = (name: string): fc.Arbitrary<unknown> => {
  if (name === "logo") return LOGO;
  const lists: Record<string, string[]> = {
    redirect_uris: [
      "https://fuzz.example/callback",
      "http://localhost:5175/callback",
      "http://127.0.0.1:9/cb",
      "http://fuzz.example/cb",
      "https://user:pass@fuzz.example/cb",
      "https://fuzz.example/cb#fragment",
      "javascript:alert(1)",
      "not a url",
    ],
    allowed_origins: ["https://fuzz.example", "http://localhost:5175", "https://fuzz.example/", "null", "*"],
    scopes: ["openid", "files:read", "files:write", "rooms:write", "accounts:write", "admin"],
  };
  const list = lists[name];
  if (list) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(fc.constantFrom(...list), { maxLength: 13 }) },
      { weight: 1, arbitrary: fc.array(goodValue, { maxLength: 13 }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    );
  }
  if (["allow_pkce", "enabled"].includes(name)) return fc.oneof(fc.boolean(), goodValue);
  return fc.oneof(
    { weight: 8, arbitrary: rightValue(name) },
    { weight: 2, arbitrary: goodValue },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
};

/** A request as the endpoint expects it, with its own names and mostly right values: reaches past parsing. */
const plausibleRequestOf = (group: EndpointGroup) =>
  fc
    .tuple(
      fc.constantFrom(...group.methods),
      group.paths,
      // Each of the endpoint's names is sent three times in four.
      fc
        .tuple(
          ...group.names.map((name) =>
            fc.option(
              plausibleJsonValue(name).map((value) => [name, value] as const),
              { freq: 4 },
            ),
          ),
        )
        .map((entries) => entries.filter((entry) => entry !== null)),
      fc.oneof(
        { weight: 1, arbitrary: fc.constant("VALID_BEARER") },
        { weight: 2, arbitrary: authorization },
      ),
      fc.constantFrom("BOB", "ALICE", null),
      fc.constantFrom("ISSUER", null),
    )
    .map(([method, path, entries, authorizationHeader, cookieKind, originKind]) => {
      const asForm = entries
        .map(
          ([name, value]) =>
            `${percentEncode(name)}=${percentEncode(typeof value === "string" ? value : (JSON.stringify(value) ?? ""))}`,
        )
        .join("&");
      const inQuery = method === "GET" || method === "DELETE";
      const json = JSON.stringify(Object.fromEntries(entries));
      return {
        method,
        path,
        query: inQuery ? asForm : null,
        body: inQuery ? null : Buffer.from(group.bodyType === "json" ? json : asForm, "utf8"),
        contentType: group.bodyType === "json" ? "application/json" : "application/x-www-form-urlencoded",
        contentEncoding: null,
        authorization: authorizationHeader,
        cookie: cookieKind,
        origin: originKind,
      };
    });

const randomRequestOf = (group: EndpointGroup) =>
  fc.record({
    method: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...group.methods) },
      { weight: 1, arbitrary: fc.constantFrom(...ALL_METHODS) },
    ),
    path: group.paths,
    query: fc.option(parameters(group.names), { freq: 2 }),
    body: fc.option(body(group.names), { freq: 3 }),
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 5 }),
    contentEncoding,
    authorization,
    cookie,
    origin,
  });

/** Developer Tools: valid settings with a random icon and up to two fields replaced, as alice, the owner. */
const registrationOf = (group: EndpointGroup) =>
  fc
    .tuple(
      fc.constantFrom("POST /api/clients", `PUT /api/clients/${DEMO.mobile.client_id}`),
      LOGO,
      fc.array(
        fc
          .constantFrom(...group.names)
          .chain((name) => plausibleJsonValue(name).map((value) => [name, value] as const)),
        { maxLength: 2 },
      ),
    )
    .map(([call, logo, replaced]): Generated => {
      const [method = "POST", path = "/api/clients"] = call.split(" ");
      const settings = {
        name: "Fuzz App",
        website_url: "https://fuzz.example",
        logo,
        description: "",
        allow_pkce: false,
        redirect_uris: ["https://fuzz.example/callback"],
        allowed_origins: ["https://fuzz.example"],
        scopes: ["openid", "files:read"],
        policy_url: "https://fuzz.example/privacy",
        terms_url: "https://fuzz.example/terms",
        ...Object.fromEntries(replaced),
      };
      return {
        method,
        path,
        query: null,
        body: Buffer.from(JSON.stringify(settings), "utf8"),
        contentType: "application/json",
        contentEncoding: null,
        authorization: null,
        cookie: "ALICE",
        origin: "ISSUER",
      };
    });

const requestOf = (group: EndpointGroup): fc.Arbitrary<Generated> =>
  group.bodyType === "json" && group.names.includes("logo")
    ? fc.oneof(randomRequestOf(group), plausibleRequestOf(group), registrationOf(group))
    : fc.oneof(randomRequestOf(group), plausibleRequestOf(group));

type Generated = ReturnType<typeof randomRequestOf> extends fc.Arbitrary<infer T> ? T : never;

/** Placeholders become what the server handed out, at the time of sending (sessions are renewed). */
function materialize(generated: Generated): FuzzRequest {
  let path = generated.path.replace(
    /INTERACTION_(\d)/,
    (_, index: string) => held.interactions[Number(index)] ?? "",
  );
  if (generated.query !== null) path += `${path.includes("?") ? "&" : "?"}${generated.query}`;
  const headers: Record<string, string> = {};
  if (generated.authorization !== null) {
    headers.authorization =
      generated.authorization === "VALID_BEARER"
        ? `Bearer ${held.accessToken}`
        : headerSafe(generated.authorization);
  }
  if (generated.cookie === "BOB") headers.cookie = cookieHeader(held.bob);
  else if (generated.cookie === "ALICE") headers.cookie = cookieHeader(held.alice);
  else if (generated.cookie !== null) headers.cookie = headerSafe(generated.cookie);
  if (generated.origin === "ISSUER") headers.origin = server.url;
  else if (generated.origin !== null) headers.origin = headerSafe(generated.origin);
  const withBody = generated.body !== null && !["GET", "HEAD", "TRACE"].includes(generated.method);
  if (withBody && generated.contentType !== null) headers["content-type"] = generated.contentType;
  if (withBody && generated.contentEncoding !== null) headers["content-encoding"] = generated.contentEncoding;
  return { method: generated.method, path, headers, body: withBody ? generated.body : null };
}

// ---------------------------------------------------------------------------------------------
// What every answer must be.

const STACK_TRACE = [/\n\s+at /, /\.ts:\d/, /\.js:\d/, /node_modules/, /Error:/, /\/work\//, /file:\/\//];

function describeRequest(fuzz: FuzzRequest): string {
  const bodyText = fuzz.body ? JSON.stringify(fuzz.body.subarray(0, 300).toString("latin1")) : "none";
  return `${fuzz.method} ${fuzz.path.slice(0, 400)} ${JSON.stringify(fuzz.headers)} body(${fuzz.body?.length ?? 0})=${bodyText}`;
}

function checkAnswer(fuzz: FuzzRequest, answer: FuzzAnswer) {
  const unhandled = logged.splice(0).filter((line) => line.level >= 50);
  const context = `${describeRequest(fuzz)}\n→ ${answer.status} ${answer.body.slice(0, 300)}`;
  expect(answer.status, context).toBeLessThan(500);
  if (!answer.contentType.startsWith("image/")) {
    for (const pattern of STACK_TRACE) expect(answer.body, context).not.toMatch(pattern);
  }
  // A HEAD answer names the type of the body it does not send.
  if (answer.status >= 400 && answer.contentType.startsWith("application/json") && fuzz.method !== "HEAD") {
    const parsed: unknown = JSON.parse(answer.body);
    expect(parsed, context).toBeTypeOf("object");
    const error = parsed as Record<string, unknown>;
    expect(
      Object.keys(error).filter((key) => key !== "error" && key !== "error_description"),
      context,
    ).toEqual([]);
    expect(error.error, context).toBeTypeOf("string");
    if ("error_description" in error) expect(error.error_description, context).toBeTypeOf("string");
  }
  expect(unhandled, context).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Keeping the held credentials usable, so later requests still reach past authentication.

const THROTTLE_KEYS = [
  "client-auth-from:127.0.0.1",
  `client-auth:${DEMO.notes.client_id}@127.0.0.1`,
  `client-auth:${DEMO.mobile.client_id}@127.0.0.1`,
  "sign-in-from:127.0.0.1",
  "sign-in:bob@example.com",
  "sign-in:alice@example.com",
];

async function resetThrottles() {
  for (const key of THROTTLE_KEYS) await server.store.throttle.reset(key);
}

/** Throttled: start over. Signed out (or switched portal): sign the held person in again. */
async function restoreHeld(fuzz: FuzzRequest, answer: FuzzAnswer) {
  if (answer.status === 429) await resetThrottles();
  const endsSession =
    fuzz.path.startsWith("/oauth2/logout") || (fuzz.path.startsWith("/api/session") && fuzz.method !== "GET");
  if (!endsSession) return;
  const bob = fuzz.headers.cookie === cookieHeader(held.bob);
  const alice = fuzz.headers.cookie === cookieHeader(held.alice);
  if (bob || alice) await resetThrottles();
  if (bob) await signInBob();
  if (alice) await signInAliceOnAcme();
}

describe("fuzzing every endpoint with fast-check: never a 500, never a stack trace", () => {
  for (const group of GROUPS) {
    it(`L60 ${group.name}: ${RUNS} random requests, each < 500 with { error, error_description? } and no stack trace`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requestOf(group), async (generated) => {
          const fuzz = materialize(generated);
          const answer = await send(fuzz);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          checkAnswer(fuzz, answer);
          await restoreHeld(fuzz, answer);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // The run met the endpoint in several ways, not one guard over and over.
      expect(statuses.size, JSON.stringify([...statuses])).toBeGreaterThanOrEqual(3);
    }, 60_000);
  }

  it("L57 still answers discovery, and a sign-in, after all of it", async () => {
    const discovery = await fetch(new URL("/.well-known/openid-configuration", server.url));
    expect(discovery.status).toBe(200);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(server.url);
    expect((await signIn(new TestBrowser(server.url), "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });
});
