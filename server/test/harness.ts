import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createApp, openAppKeys } from "../src/app.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { type AuditLog, createAuditLog } from "../src/domain/audit.ts";
import type { Mailer } from "../src/domain/mailer.ts";
import type { PeopleEvents } from "../src/domain/people-events.ts";
import { instrumentStore } from "../src/management/instrument-store.ts";
import { managementListener } from "../src/management/management-listener.ts";
import { createMetrics, type Metrics, observeAuditEvents } from "../src/management/metrics.ts";
import { seedDemo } from "../src/seed.ts";
import { openLowdbStore } from "../src/store/lowdb/open-lowdb-store.ts";
import type { Store } from "../src/store/types.ts";

// The one door to what tests share: the server here, the browser, the app's requests, the demo data.
export * from "./browser.ts";
export * from "./fixtures.ts";
export * from "./oauth-app.ts";

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
  /** The audit log: `await server.audit.flush()` before reading what it stored. */
  audit: AuditLog;
  /** The server's own metrics registry (never prom-client's global one). */
  metrics: Metrics;
  /** The management port's origin, when started with `management: true`. */
  managementUrl: string;
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
  /** Also serve the management port (health, readiness, metrics) on an ephemeral port. */
  management?: boolean;
  /** False: start on an empty store (the first-run tests). */
  seed?: boolean;
  /** What mails invitations and reset links (see `test/mail.ts`); none by default. */
  mailer?: Mailer;
  /** Where people and password events go (the audit log's hook). */
  peopleEvents?: PeopleEvents;
  /** Serve a built SPA from this folder, as `pnpm start` serves client/dist. */
  spaDir?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "gatehouse-test-")));
  const clock = options.clock ?? createTestClock();
  const store = options.store ?? (await openLowdbStore(dataDir));
  if (options.seed !== false) await seedDemo(store, clock);
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
  const metrics = createMetrics();
  const served = instrumentStore(store, metrics);
  const keys = openAppKeys({ config, store: served, clock });
  const audit = createAuditLog({ store: served, clock, logger, observe: observeAuditEvents(metrics) });
  server.on(
    "request",
    createApp({
      config,
      store: served,
      clock,
      logger,
      keys,
      metrics,
      audit,
      mailer: options.mailer ?? null,
      ...(options.peopleEvents ? { peopleEvents: options.peopleEvents } : {}),
      ...(options.spaDir ? { spaDir: options.spaDir } : {}),
    }),
  );
  const management = options.management
    ? createServer(managementListener({ store: served, keys, metrics, logger }))
    : null;
  let managementUrl = "";
  if (management) {
    await new Promise<void>((resolve) => management.listen(0, "127.0.0.1", resolve));
    managementUrl = `http://127.0.0.1:${(management.address() as AddressInfo).port}`;
  }
  return {
    url,
    config,
    store,
    clock,
    dataDir,
    audit,
    metrics,
    managementUrl,
    async close({ remove = false } = {}) {
      server.closeAllConnections();
      management?.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (management) await new Promise<void>((resolve) => management.close(() => resolve()));
      await audit.flush();
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
    get audit() {
      return now().audit;
    },
    get metrics() {
      return now().metrics;
    },
    get managementUrl() {
      return now().managementUrl;
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
