import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repositoryRoot } from "./paths.ts";
import { freePort } from "./ports.ts";

export interface RunningGatehouse {
  /** The issuer, e.g. http://localhost:41234 */
  url: string;
  stop(): Promise<void>;
}

/**
 * Gatehouse as shipped (`pnpm start`'s server process) on a free port, a fresh lowdb DATA_DIR and
 * the demo data; resolves once it answers discovery.
 */
export async function startGatehouse(env: Record<string, string> = {}): Promise<RunningGatehouse> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), "gatehouse-compat-"));
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
        SEED: "demo",
        MANAGEMENT_PORT: "off",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gatehouse exited with ${child.exitCode}`);
    const answered = await fetch(`${url}/.well-known/openid-configuration`).then(
      (response) => response.ok,
      () => false, // not listening yet: try again shortly
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error("gatehouse did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
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
