// The whole flow's ceiling (docs/operations.md#benchmarks): argon2id verifications per second with the
// server's own parameters, on as many libuv threads as the server gets. Run by password-hash/ceiling.ts:
// CONCURRENCY verifications at a time for SECONDS; prints one JSON line of per-verification latencies.
import { hashPassword, verifyPassword } from "@gatehouse/server/domain/secrets";
import { z } from "zod";

const env = z
  .object({
    CONCURRENCY: z.coerce.number().int().positive(),
    SECONDS: z.coerce.number().positive(),
    WARM_UP: z.coerce.number().int().nonnegative(),
  })
  .parse(process.env);

// The whole flow's people sign in with bob's password (bench/src/gatehouse.ts).
const PASSWORD = "Bob-Pa55!";
const stored = await hashPassword(PASSWORD);

async function verifyOnce(): Promise<number> {
  const started = performance.now();
  if (!(await verifyPassword(PASSWORD, stored))) throw new Error("the password did not verify");
  return performance.now() - started;
}

for (let index = 0; index < env.WARM_UP; index += 1) await verifyOnce();

const latencies: number[] = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
const deadline = started + env.SECONDS * 1000;
await Promise.all(
  Array.from({ length: env.CONCURRENCY }, async () => {
    while (performance.now() < deadline) latencies.push(await verifyOnce());
  }),
);
const seconds = (performance.now() - started) / 1000;
// Every thread's CPU: the verifications run on libuv's pool.
const { user, system } = process.cpuUsage(cpuBefore);
const cpuMsPerVerification = (user + system) / 1000 / latencies.length;
process.stdout.write(`${JSON.stringify({ latencies, seconds, cpuMsPerVerification })}\n`);
