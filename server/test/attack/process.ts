import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../test-support/free-port.ts";

/** The repository root: the real server is started from there, as `pnpm start` does. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = path.join(REPO_ROOT, "server/node_modules/.bin/tsx");
const MAIN = path.join(REPO_ROOT, "server/src/main.ts");

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess extends Omit<TsxProcess, "onLine"> {
  /** The issuer, e.g. http://127.0.0.1:43121 */
  url: string;
  port: number;
  dataDir: string;
  /** The JSON file of the lowdb engine. */
  dataFile: string;
}

export const newDataDir = (): Promise<string> => mkdtemp(path.join(tmpdir(), "gatehouse-attack-"));

/** True once nothing accepts connections on `port` any more. */
export const refusesConnections = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function watchExit(child: ChildProcess, port: number | undefined): Promise<Exit> {
  return new Promise<Exit>((resolve) => {
    // "close", not "exit": by then every line it wrote to stdout has been read.
    child.once("close", (code, signal) => resolve({ code, signal }));
  }).then(async (exit) => {
    // tsx runs the server in a child of its own; wait until that one has let go of the port too.
    if (port === undefined) return exit;
    for (let tries = 0; tries < 200 && !(await refusesConnections(port)); tries += 1) await pause(25);
    return exit;
  });
}

export interface TsxProcess {
  /** SIGKILL goes to the whole process group (tsx and the node it runs), as a crash takes both. */
  kill(signal: "SIGKILL" | "SIGTERM" | "SIGINT"): void;
  exited: Promise<Exit>;
  output(): string;
  /** Calls `listener` with every line the process writes to stdout. */
  onLine(listener: (line: string) => void): void;
}

/**
 * Runs `script` with tsx from the repository root, in a process group of its own. SIGTERM and
 * SIGINT go to tsx, which hands them on, as a supervisor or `pnpm start` does. `exited` settles once
 * the process has exited and, when a `port` is given, that port no longer accepts connections.
 */
export function runTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
  port?: number,
): TsxProcess {
  const child = spawn(TSX, [script, ...args], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  let partial = "";
  const listeners: ((line: string) => void)[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) for (const listener of listeners) listener(line);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    kill(signal) {
      if (child.pid === undefined) return;
      try {
        if (signal === "SIGKILL") process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch (error) {
        // Already gone: nothing left to signal.
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
    },
    exited: watchExit(child, port),
    output: () => output,
    onLine: (listener) => {
      listeners.push(listener);
    },
  };
}

/**
 * Starts the real server (`tsx server/src/main.ts`) as a child process on 127.0.0.1, seeded with the
 * demo data, and waits until discovery answers. Pass `dataDir` and `port` to restart on the data,
 * and under the issuer, of an earlier process.
 */
export async function startServerProcess(
  options: {
    dataDir?: string;
    port?: number;
    env?: Record<string, string>;
    /** Another entry point than `server/src/main.ts`, configured the same way. */
    script?: string;
  } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = runTsx(
    options.script ?? MAIN,
    [],
    {
      PORT: `${port}`,
      ISSUER: url,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      SEED: "demo",
      // An ephemeral management port: instances on one host must not share one (docs/operations.md#management-port).
      MANAGEMENT_PORT: "0",
      ...options.env,
    },
    port,
  );
  let hasExited = false;
  void child.exited.then(() => {
    hasExited = true;
  });
  const { kill, output } = child;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (hasExited) throw new Error(`the server exited before it answered:\n${output()}`);
    if (Date.now() > deadline) {
      kill("SIGKILL");
      throw new Error(`the server did not answer within 30 s:\n${output()}`);
    }
    const ready = await fetch(`${url}/.well-known/openid-configuration`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await pause(50);
  }
  return {
    url,
    port,
    dataDir,
    dataFile: path.join(dataDir, "gatehouse.json"),
    kill,
    exited: child.exited,
    output,
  };
}
