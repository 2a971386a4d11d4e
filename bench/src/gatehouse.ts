import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "@gatehouse/server/config";
import { DEMO, seedDemo } from "@gatehouse/server/seed";
import { openStore } from "@gatehouse/server/store";
import type { Store } from "@gatehouse/server/store/types";
import { freePort } from "@gatehouse/server/test-support/free-port";
import { issuedTokens } from "@gatehouse/server/test-support/issued-tokens";
import { createThrowAwayDatabase } from "@gatehouse/server/test-support/postgres-database";
import { processTreeCpuSeconds } from "./process-cpu.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export { DEMO };

/** The client id of Demo Notes' ES256 copy, which `prepareStore` registers beside it. */
export const NOTES_ES256_CLIENT_ID = "5a0c2b4e-3f1d-4e8a-9b6c-2d7e8f901234";

export interface Engine {
  name: "lowdb" | "postgres";
  /** Environment naming the store for the server and for seeding. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function lowdbEngine(): Promise<Engine> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-bench-"));
  return {
    name: "lowdb",
    env: { STORE: "lowdb", DATA_DIR: dataDir },
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A fresh database on the PostgreSQL server named by BENCH_DATABASE_URL (or the test cluster's
 * GATEHOUSE_TEST_DATABASE_URL); null when neither names one.
 */
export async function postgresEngine(): Promise<Engine | null> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.GATEHOUSE_TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const database = await createThrowAwayDatabase(
    serverUrl,
    "gatehouse_bench",
    (reason) => `bench: no PostgreSQL server answers at ${new URL(serverUrl).host}: ${reason}`,
  );
  return {
    name: "postgres",
    env: { STORE: "postgres", DATABASE_URL: database.url },
    cleanup: database.drop,
  };
}

/**
 * Fills a store with the demo data and `grants` more grants, each with its user, token family,
 * refresh token and access token record, as a store that has served that many people would hold.
 */
export async function prepareStore(engine: Engine, grants: number): Promise<void> {
  const store: Store = await openStore(loadConfig({ ...engine.env, LOG_LEVEL: "silent" }));
  try {
    await seedDemo(store, Date.now);
    await addFlowPeople(store);
    await addEs256Notes(store);
    const now = Math.floor(Date.now() / 1000);
    const batch = 500;
    for (let start = 0; start < grants; start += batch) {
      const work: Promise<void>[] = [];
      for (let index = start; index < Math.min(grants, start + batch); index += 1) {
        work.push(addGrant(store, index, now));
      }
      await Promise.all(work);
    }
  } finally {
    await store.close();
  }
}

/** How many people the whole-flow case signs in as: one per concurrent flow. */
export const FLOW_PEOPLE = 16;
/** The email of whole-flow person `index`, a copy of bob (password `Bob-Pa55!`, user on Acme). */
export const flowPerson = (index: number): string => `flow-${index % FLOW_PEOPLE}@bench.example`;

/**
 * One person per concurrent flow, as real traffic has: one person's sign-in attempts are counted
 * before they are judged, so many flows signing in as one person at once would be throttled.
 */
async function addFlowPeople(store: Store): Promise<void> {
  const bob = await store.users.findByEmail("bob@example.com");
  if (!bob) throw new Error("the demo seed has no bob");
  for (let index = 0; index < FLOW_PEOPLE; index += 1) {
    await store.users.insert({ ...bob, id: randomUUID(), email: flowPerson(index) });
  }
}

/** Demo Notes again, signing its ID tokens with ES256: the token case for each ID token algorithm (docs/operations.md#benchmarks). */
async function addEs256Notes(store: Store): Promise<void> {
  const notes = await store.clients.get(DEMO.notes.client_id);
  if (!notes) throw new Error("the demo seed has no Demo Notes");
  await store.clients.insert({
    ...notes,
    client_id: NOTES_ES256_CLIENT_ID,
    name: "Demo Notes (ES256)",
    id_token_signed_response_alg: "ES256",
  });
}

async function addGrant(store: Store, index: number, now: number): Promise<void> {
  const userId = randomUUID();
  const grantId = randomUUID();
  await store.users.insert({
    id: userId,
    email: `person-${index}@bench.example`,
    display_name: `Person ${index}`,
    password_hash:
      "$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLW5vdC1hLXJlYWwtaGFzaA",
    accounts: [{ portal_id: "acme", role: "user" }],
    disabled: false,
    last_sign_in_at: null,
    updated_at: now,
    locale: null,
  });
  await store.grants.save({
    id: grantId,
    user_id: userId,
    portal_id: "acme",
    client_id: DEMO.notes.client_id,
    scopes: ["openid", "files:read"],
    created_at: now,
    updated_at: now,
  });
  await store.tokens.insertFamily(
    issuedTokens(now, { grant_id: grantId, client_id: DEMO.notes.client_id, user_id: userId }),
  );
}

export interface RunningServer {
  url: string;
  /** CPU seconds the server's processes have used so far (null without /proc). */
  cpuSeconds(): Promise<number | null>;
  stop(): Promise<void>;
}

async function waitUntilUp(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopper(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
}

const cpuOf = (child: ChildProcess) => async () =>
  child.pid === undefined ? null : processTreeCpuSeconds(child.pid);

/** Where `--profile DIR` asks each Gatehouse process to write a V8 CPU profile (`--cpu-prof`). */
let profileDir: string | undefined;
export function profileServersInto(dir: string): void {
  profileDir = dir;
}

/** Gatehouse in its own process, as deployed, on a store `prepareStore` filled. */
export async function startGatehouse(
  engine: Engine,
  extraEnv: Record<string, string> = {},
  /** Arguments of `main.ts`, e.g. `--no-audit`. */
  serverArgs: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    path.join(root, "server/node_modules/.bin/tsx"),
    [path.join(root, "server/src/main.ts"), ...serverArgs],
    {
      // As `pnpm start` sets it (scripts/start.mjs): one libuv thread per core.
      UV_THREADPOOL_SIZE: `${availableParallelism()}`,
      ...process.env,
      ...engine.env,
      PORT: `${port}`,
      ISSUER: url,
      LOG_LEVEL: "silent",
      MANAGEMENT_PORT: "off",
      // Codes are minted before the load starts; a longer life changes no work per request.
      CODE_TTL: "3600",
      ...extraEnv,
    },
    url,
  );
}

/**
 * A server in its own process (Gatehouse, or the peer of bench/src/peer/), up once its discovery
 * document answers; with `--profile DIR` it writes a V8 CPU profile there.
 */
export async function startChild(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  url: string,
): Promise<RunningServer> {
  const child = spawn(
    command,
    [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), ...args],
    { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
  await waitUntilUp(child, `${url}/.well-known/openid-configuration`);
  return { url, cpuSeconds: cpuOf(child), stop: stopper(child) };
}

/** The ceiling: a bare node:http server answering a fixed JSON body, in its own process. */
export async function startBareNode(): Promise<RunningServer> {
  const port = await freePort();
  const source = `require("node:http").createServer((req, res) => {
    const body = '{"ok":true}';
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  }).listen(${port}, "127.0.0.1");`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(child, url);
  return { url, cpuSeconds: cpuOf(child), stop: stopper(child) };
}
