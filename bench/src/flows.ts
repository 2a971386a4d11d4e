import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { DEMO, NOTES_ES256_CLIENT_ID } from "./gatehouse.ts";

/**
 * How many minting requests run at once. Minting is set-up, not measurement: it runs on raw
 * keep-alive `node:http` (lighter than fetch in this process, which shares the cores) and wide
 * enough to keep the server busy.
 */
export const MINT_CONCURRENCY = 32;
const mintAgent = new http.Agent({ keepAlive: true, maxSockets: MINT_CONCURRENCY });

/** Closes the minting connections (at the end of a run). */
export function closeMinting(): void {
  mintAgent.destroy();
}

export interface Answer {
  status: number;
  location: string | undefined;
  /** The `name=value` of each cookie the answer set. */
  cookies: string[];
  body: string;
}

/** One request on the minting agent. */
export function send(
  url: string,
  method: "GET" | "POST",
  headers: Record<string, string> = {},
  body = "",
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent: mintAgent,
        headers: body ? { ...headers, "content-length": Buffer.byteLength(body) } : headers,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            cookies: (response.headers["set-cookie"] ?? []).map((line) => line.split(";")[0] ?? ""),
            body: text,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** One form POST on the minting agent. */
function postForm(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return send(
    url,
    "POST",
    { ...headers, "content-type": "application/x-www-form-urlencoded" },
    new URLSearchParams(form).toString(),
  );
}

/** One PKCE verifier for every code of a run: each code still carries its own challenge check. */
export const VERIFIER = randomBytes(32).toString("base64url");
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");

export const NOTES = {
  client_id: DEMO.notes.client_id,
  client_secret: DEMO.notes.client_secret,
  redirect_uri: DEMO.notes.redirect_uris[0],
};
/** Demo Notes' copy whose ID tokens are ES256 (Demo Notes' are RS256, OpenID's default). */
export const NOTES_ES256 = { ...NOTES, client_id: NOTES_ES256_CLIENT_ID };
export const MOBILE = { client_id: DEMO.mobile.client_id, redirect_uri: DEMO.mobile.redirect_uris[0] };
const APPS = { notes: NOTES, "notes-es256": NOTES_ES256, mobile: MOBILE };
export type BenchApp = keyof typeof APPS;

/** Signs bob in over the SPA's API and returns his session cookie. */
export async function signInBob(issuer: string): Promise<string> {
  const response = await send(
    `${issuer}/api/session`,
    "POST",
    { "content-type": "application/json", origin: issuer },
    JSON.stringify({ email: "bob@example.com", password: "Bob-Pa55!" }),
  );
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return response.cookies.join("; ");
}

/** Runs `task` `count` times, `concurrency` at a time. */
export async function pooled<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

/**
 * Codes minted through the real path: bob's session, then the consent decision at
 * `POST /oauth2/authorize` (each a stored, single-use code).
 */
export async function mintCodes(issuer: string, count: number, client: BenchApp): Promise<string[]> {
  const cookie = await signInBob(issuer);
  const app = APPS[client];
  return pooled(count, MINT_CONCURRENCY, async (index) => {
    const form = {
      response_type: "code",
      client_id: app.client_id,
      redirect_uri: app.redirect_uri,
      scope: "openid accounts.self:read files:read",
      state: `s${index}`,
      decision: "allow",
      ...(client === "mobile" ? { code_challenge: CHALLENGE, code_challenge_method: "S256" } : {}),
    };
    const response = await postForm(`${issuer}/oauth2/authorize`, form, { origin: issuer, cookie });
    const code = new URL(response.location ?? "", issuer).searchParams.get("code");
    if (!code) throw new Error(`authorize answered ${response.status} without a code`);
    return code;
  });
}

export async function redeemCode(
  issuer: string,
  code: string,
): Promise<{ access_token: string; refresh_token: string }> {
  const response = await postForm(`${issuer}/oauth2/token`, {
    grant_type: "authorization_code",
    code,
    ...NOTES,
  });
  if (response.status !== 200) throw new Error(`token answered ${response.status}`);
  return JSON.parse(response.body) as { access_token: string; refresh_token: string };
}

/** Refresh tokens, each from its own code redemption. */
export async function mintRefreshTokens(issuer: string, count: number): Promise<string[]> {
  const codes = await mintCodes(issuer, count, "notes");
  return pooled(
    count,
    MINT_CONCURRENCY,
    async (index) => (await redeemCode(issuer, codes[index] ?? "")).refresh_token,
  );
}

/**
 * One whole non-browser flow, as a person's browser and the app would run it: authorize, sign in
 * (a real argon2id verification), consent, redeem the code. Returns its duration in milliseconds.
 * It runs on the keep-alive `node:http` agent, as minting does: the flows' client shares the cores
 * with the server, and fetch cost it ≈ 1.3–2 ms of CPU a request here, against the argon2id
 * verification the flow is measured by.
 */
export async function wholeFlow(issuer: string, email: string): Promise<number> {
  const started = performance.now();
  const authorize = new URL("/oauth2/authorize", issuer);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: NOTES.client_id,
    redirect_uri: NOTES.redirect_uri,
    scope: "openid files:read",
    state: randomBytes(8).toString("hex"),
    prompt: "consent",
  }).toString();
  const start = await send(authorize.href, "GET");
  const id = /\/interaction\/(.+)$/.exec(start.location ?? "")?.[1];
  if (!id) throw new Error(`authorize answered ${start.status}`);
  const json = { "content-type": "application/json", origin: issuer };
  const session = await send(
    `${issuer}/api/session`,
    "POST",
    { ...json, cookie: start.cookies.join("; ") },
    JSON.stringify({ email, password: "Bob-Pa55!" }),
  );
  if (session.status !== 200) throw new Error(`sign-in answered ${session.status}`);
  const consent = await send(
    `${issuer}/api/interactions/${id}/consent`,
    "POST",
    { ...json, cookie: [...start.cookies, ...session.cookies].join("; ") },
    JSON.stringify({ decision: "allow" }),
  );
  if (consent.status !== 200) throw new Error(`consent answered ${consent.status}`);
  const { redirect_to } = JSON.parse(consent.body) as { redirect_to: string };
  const code = new URL(redirect_to).searchParams.get("code") ?? "";
  await redeemCode(issuer, code);
  return performance.now() - started;
}
