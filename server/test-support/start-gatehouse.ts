import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";
import { recordOutput, type WaitForOutput } from "./record-output.ts";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

export interface RunningGatehouse {
  /** The issuer, e.g. http://localhost:41234 */
  url: string;
  dataDir: string;
  waitForOutput: WaitForOutput;
  stop(): Promise<void>;
}

/** Polls discovery until it answers; throws if the child exits first or 30 s pass. */
async function untilDiscoveryAnswers(url: string, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exitCode() !== null) throw new Error(`gatehouse exited with ${exitCode()}`);
    const answered = await fetch(`${url}/.well-known/openid-configuration`).then(
      (response) => response.ok,
      () => false, // not listening yet: try again shortly
    );
    if (answered) return;
    if (Date.now() > deadline) throw new Error("gatehouse did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Gatehouse as shipped (`pnpm start`'s server process) on a free port and a fresh lowdb DATA_DIR
 * named after `label`, with `env` over the defaults; resolves once it answers discovery.
 */
export async function startGatehouse(
  label: string,
  env: Record<string, string> = {},
): Promise<RunningGatehouse> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), `gatehouse-${label}-`));
  const child = spawn(TSX, [MAIN], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: `${port}`, ISSUER: url, DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const waitForOutput = recordOutput(child);
  await untilDiscoveryAnswers(url, () => child.exitCode);
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
