import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { repositoryRoot } from "./paths.ts";

export interface RunningGatehouse {
  url: string;
  dataDir: string;
  /** Resolves with the first line of the server's output matching `pattern`, printed already or to come. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** The server's output, passed on to the test's and kept by line so a test can wait for one. */
function recordOutput(child: ChildProcess) {
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let partial = "";
  const take = (chunk: Buffer, sink: NodeJS.WriteStream) => {
    sink.write(chunk);
    const text = partial + chunk.toString("utf8");
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiting.filter((entry) => entry.pattern.test(line))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout?.on("data", (chunk: Buffer) => take(chunk, process.stdout));
  child.stderr?.on("data", (chunk: Buffer) => take(chunk, process.stderr));
  return (pattern: RegExp, timeoutMs = 10_000): Promise<string> => {
    const seen = lines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output line matched ${pattern}`)), timeoutMs);
      waiting.push({
        pattern,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/**
 * Gatehouse as shipped: `pnpm start`'s server process, on a free port and a fresh data dir,
 * seeded with the demo data; resolves once it answers discovery.
 */
export async function startGatehouse(env: Record<string, string> = {}): Promise<RunningGatehouse> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-e2e-"));
  const child: ChildProcess = spawn(
    path.join(repositoryRoot, "server/node_modules/.bin/tsx"),
    [path.join(repositoryRoot, "server/src/main.ts")],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        PORT: `${port}`,
        ISSUER: url,
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        MANAGEMENT_PORT: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const waitForOutput = recordOutput(child);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gatehouse exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/.well-known/openid-configuration`);
      if (response.ok) break;
    } catch {
      // not listening yet: try again shortly
    }
    if (Date.now() > deadline) throw new Error("gatehouse did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    dataDir,
    waitForOutput,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
