import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { openPostgresStore } from "../../src/store/postgres/open-postgres-store.ts";
import { REPO_ROOT } from "../attack/process.ts";
import { startTestServer, type TestServer } from "../harness.ts";
import { createTestDatabase, type TestDatabase } from "../postgres.ts";

const TSX = path.join(REPO_ROOT, "server/node_modules/.bin/tsx");
const CLI = path.join(REPO_ROOT, "server/src/cli/main.ts");

/** Each command is a process of its own (tsx compiles it at start): a test of several takes a while on a busy machine. */
export const CLI_TEST_TIMEOUT = 240_000;

/** The issuer the command line's links start with. */
export const CLI_ISSUER = "https://gatehouse.example";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `gatehouse <args>` as a real child process (tsx and the CLI's entry point, or `command`,
 * e.g. `pnpm gatehouse`), with `stdin` piped in and closed.
 */
export async function runCli(
  args: string[],
  {
    env,
    stdin = "",
    command = [TSX, CLI],
  }: { env: Record<string, string>; stdin?: string; command?: string[] },
): Promise<CliRun> {
  const [file = TSX, ...before] = command;
  const child = spawn(file, [...before, ...args], {
    cwd: REPO_ROOT,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ISSUER: CLI_ISSUER, LOG_LEVEL: "info", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(stdin);
  const [code] = await once(child, "close");
  return { code, stdout, stderr };
}

/** One engine the commands run on, fresh for every test. */
export interface CliEngine {
  name: "lowdb" | "postgres";
  /** What the command line is started with: the server's own variables. */
  env(): Record<string, string>;
  /** A real server on the same data, to try what the commands did; close it before the next command. */
  startServer(): Promise<TestServer>;
}

function lowdbEngine(): CliEngine {
  let dataDir = "";
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-cli-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  return {
    name: "lowdb",
    env: () => ({ STORE: "lowdb", DATA_DIR: dataDir }),
    startServer: () => startTestServer({ dataDir }),
  };
}

function postgresEngine(): CliEngine {
  let database: TestDatabase | null = null;
  beforeAll(async () => {
    database = await createTestDatabase("the command line's tests");
    // The migrations, once, so that every test starts from empty tables.
    await (await openPostgresStore(database.url)).close();
  });
  beforeEach(async () => {
    await database?.truncate();
  });
  afterAll(async () => {
    await database?.drop();
  });
  const url = () => {
    if (!database) throw new Error("the test database is not created yet");
    return database.url;
  };
  return {
    name: "postgres",
    env: () => ({ STORE: "postgres", DATABASE_URL: url() }),
    startServer: async () => startTestServer({ store: await openPostgresStore(url()) }),
  };
}

/** Both engines, each with its hooks registered in the calling `describe`. */
export const ENGINES: Record<CliEngine["name"], () => CliEngine> = {
  lowdb: lowdbEngine,
  postgres: postgresEngine,
};
