import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { CaseResult, Plan } from "../cases.ts";
import { summarize } from "../measure.ts";

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The whole flow's case name and its ceiling's, which report.ts sets side by side. */
export const PASSWORD_HASH_CASE = "password hash: argon2id verifications (the whole flow's ceiling)";

const Output = z.object({
  latencies: z.array(z.number()),
  seconds: z.number().positive(),
  cpuMsPerVerification: z.number().positive(),
});

/**
 * argon2id verifications per second, the parameters the server hashes with, in a process of its own
 * with the libuv threads a Gatehouse process gets (gatehouse.ts), as many at once as the whole-flow
 * case runs flows: what the flow, which verifies one password each, cannot exceed.
 */
export async function passwordHashCeiling(plan: Plan): Promise<CaseResult> {
  const child = spawn(
    path.join(benchDir, "node_modules/.bin/tsx"),
    [path.join(benchDir, "src/password-hash/worker.ts")],
    {
      env: {
        ...process.env,
        UV_THREADPOOL_SIZE: `${availableParallelism()}`,
        CONCURRENCY: `${plan.flowConcurrency}`,
        SECONDS: `${plan.seconds}`,
        WARM_UP: "4",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let text = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    text += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`the password-hash ceiling exited with ${code}`);
  const { latencies, seconds, cpuMsPerVerification } = Output.parse(JSON.parse(text));
  return {
    name: PASSWORD_HASH_CASE,
    unit: "verification",
    ...summarize(latencies, 0, seconds),
    cpuMsPerRequest: cpuMsPerVerification,
  };
}
