import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createApp } from "../src/app.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { seedDemo } from "../src/seed.ts";
import { openLowdbStore } from "../src/store/lowdb/open-lowdb-store.ts";
import type { Store } from "../src/store/types.ts";

export { DEMO } from "../src/seed.ts";
export * from "./fixtures.ts";

/** A clock tests move by hand. */
export interface TestClock {
  (): number;
  advance(seconds: number): void;
}

export function createTestClock(start = Date.now()): TestClock {
  let now = start;
  const clock = (() => now) as TestClock;
  clock.advance = (seconds) => {
    now += seconds * 1000;
  };
  return clock;
}

export interface TestServer {
  /** The issuer, e.g. http://127.0.0.1:43121 */
  url: string;
  config: Config;
  store: Store;
  clock: TestClock;
  dataDir: string;
  /** Stops the server (and the store); keeps the data directory unless `remove` is set. */
  close(options?: { remove?: boolean }): Promise<void>;
}

/**
 * A real Gatehouse over real HTTP on an ephemeral port, on a real lowdb file in a temp dir,
 * seeded with the demo data. Pass `dataDir` (and `port`, to keep the issuer) to restart on the
 * data of an earlier server, or `store` to serve from another engine (e.g. Postgres).
 */
export interface TestServerOptions {
  env?: Record<string, string>;
  dataDir?: string;
  clock?: TestClock;
  port?: number;
  /** Where log lines go; silent by default. */
  logger?: Logger;
  /** An open store to serve from instead of the lowdb file; it is seeded, and closed with the server. */
  store?: Store;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "gatehouse-test-")));
  const clock = options.clock ?? createTestClock();
  const store = options.store ?? (await openLowdbStore(dataDir));
  await seedDemo(store, clock);
  const logger = options.logger ?? pino({ level: "silent" });
  // Bind first, so the issuer can name the real port.
  const { createServer } = await import("node:http");
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: `${port}`, ISSUER: url, DATA_DIR: dataDir, ...options.env });
  server.on("request", createApp({ config, store, clock, logger }));
  return {
    url,
    config,
    store,
    clock,
    dataDir,
    async close({ remove = false } = {}) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      if (remove) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test server of a file: started before each test (or once, `per: "file"`), closed and removed
 * after. The object it returns reads through to the server running now, so tests keep `server.url`.
 */
export function useTestServer({
  per = "test",
  ...options
}: TestServerOptions & { per?: "test" | "file" } = {}) {
  let running: TestServer | undefined;
  const [before, after] = per === "file" ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    running = await startTestServer(options);
  });
  after(async () => {
    await running?.close({ remove: true });
    running = undefined;
  });
  const now = (): TestServer => {
    if (!running) throw new Error("the test server runs only inside a test of the file that uses it");
    return running;
  };
  const server: TestServer = {
    get url() {
      return now().url;
    },
    get config() {
      return now().config;
    },
    get store() {
      return now().store;
    },
    get clock() {
      return now().clock;
    },
    get dataDir() {
      return now().dataDir;
    },
    close: (closing) => now().close(closing),
  };
  return server;
}

/** A logger at `level` that pushes each line it writes onto `lines`, for tests that read the log. */
export function lineLogger(lines: string[], level = "info"): Logger {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return pino({ level }, sink);
}

/**
 * A browser without a page: it keeps cookies, never follows redirects by itself, and sends the
 * issuer's Origin on writes as a same-origin page would.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  /**
   * @param via where requests for `origin` really go, as a load balancer would send them: one of
   *   several instances serving one issuer. Change it between requests to switch instance.
   */
  constructor(
    readonly origin: string,
    public via?: string,
  ) {}

  async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.origin);
    const headers = new Headers(init.headers);
    if (url.origin === this.origin && this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const target =
      this.via && url.origin === this.origin ? new URL(url.pathname + url.search, this.via) : url;
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** A JSON call of the SPA's API, with the issuer's Origin on writes. */
  json(pathname: string, method: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (method !== "GET") headers.origin = this.origin;
    if (body !== undefined) headers["content-type"] = "application/json";
    return this.fetch(pathname, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
}

export interface AuthorizeParams {
  client_id?: string;
  redirect_uri?: string;
  response_type?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  code_challenge?: string;
  code_challenge_method?: string;
  login_hint?: string;
}

/** The authorize URL of the demo confidential app, with `params` over its defaults. */
export function authorizeUrl(issuer: string, params: AuthorizeParams = {}): string {
  const url = new URL("/oauth2/authorize", issuer);
  const all: Record<string, string | undefined> = {
    response_type: "code",
    client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
    redirect_uri: "http://localhost:5175/callback",
    state: "state-123",
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

/** Starts an interaction in `browser` and returns its id. */
export async function startInteraction(browser: TestBrowser, url: string): Promise<string> {
  const response = await browser.fetch(url);
  const location = response.headers.get("location") ?? "";
  const match = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(location);
  if (response.status !== 302 || !match?.[1]) {
    throw new Error(`expected a 302 to /interaction/{id}, got ${response.status} ${location}`);
  }
  return match[1];
}

export async function signIn(browser: TestBrowser, email: string, password: string): Promise<Response> {
  return browser.json("/api/session", "POST", { email, password });
}

/**
 * The whole journey as the SPA walks it: authorize, sign in, choose a portal when asked, allow.
 * Returns the URL the browser is sent back to.
 */
export async function authorizeThroughSpa(
  server: { url: string },
  options: {
    browser?: TestBrowser;
    params?: AuthorizeParams;
    email?: string;
    password?: string;
    portalId?: string;
    decision?: "allow" | "deny";
  } = {},
): Promise<URL> {
  const browser = options.browser ?? new TestBrowser(server.url);
  const id = await startInteraction(browser, authorizeUrl(server.url, options.params));
  for (let round = 0; round < 4; round += 1) {
    const response = await browser.json(`/api/interactions/${id}`, "GET");
    const interaction = (await response.json()) as { step: string; redirect_to?: string };
    if (response.status !== 200) throw new Error(`interaction answered ${response.status}`);
    if (interaction.step === "done" && interaction.redirect_to) return new URL(interaction.redirect_to);
    if (interaction.step === "login") {
      const answer = await signIn(
        browser,
        options.email ?? "bob@example.com",
        options.password ?? "Bob-Pa55!",
      );
      if (answer.status !== 200) throw new Error(`sign-in answered ${answer.status}`);
    } else if (interaction.step === "portal") {
      const answer = await browser.json("/api/session/portal", "POST", {
        portal_id: options.portalId ?? "acme",
      });
      if (answer.status !== 200) throw new Error(`portal choice answered ${answer.status}`);
    } else if (interaction.step === "consent") {
      const answer = await browser.json(`/api/interactions/${id}/consent`, "POST", {
        decision: options.decision ?? "allow",
      });
      const body = (await answer.json()) as { redirect_to: string };
      return new URL(body.redirect_to);
    }
  }
  throw new Error("the interaction did not finish");
}

/** `POST /oauth2/token` with a form body. */
export function postToken(
  issuer: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL("/oauth2/token", issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}
