import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { freePort } from "../../test-support/free-port.ts";
import { openPostgresStore } from "../store/postgres/open-postgres-store.ts";

const run = promisify(execFile);
const CLUSTER_SCRIPT = fileURLToPath(new URL("../../../scripts/postgres-test-cluster.sh", import.meta.url));

/**
 * A throw-away cluster of this file alone, started and stopped under a running instance: never the
 * shared test cluster, which other tests use at the same time.
 */
function throwAwayCluster(port: number) {
  const env = {
    ...process.env,
    GATEHOUSE_PG_PORT: `${port}`,
    GATEHOUSE_PG_DATA: path.join("/tmp", `gatehouse-pg-readyz-${randomBytes(4).toString("hex")}`),
  };
  const cluster = async (command: "start" | "stop" | "destroy") =>
    (await run("bash", [CLUSTER_SCRIPT, command], { env, timeout: 60_000 })).stdout.trim();
  return { start: () => cluster("start"), stop: () => cluster("stop"), destroy: () => cluster("destroy") };
}

const readyz = async (server: TestServer) => (await fetch(`${server.managementUrl}/readyz`)).status;

describe("GET /readyz on PostgreSQL (docs/operations.md#probes)", () => {
  let cluster: ReturnType<typeof throwAwayCluster>;
  let server: TestServer;
  beforeAll(async () => {
    cluster = throwAwayCluster(await freePort());
    const url = await cluster.start();
    server = await startTestServer({ store: await openPostgresStore(url), management: true });
  }, 120_000);
  afterAll(async () => {
    await server?.close({ remove: true }).catch(() => undefined);
    await cluster?.destroy();
  }, 60_000);

  it("answers 503 while PostgreSQL is stopped under the running instance, and 200 once it is back", async () => {
    expect(await readyz(server)).toBe(200);
    await cluster.stop();
    const down = await fetch(`${server.managementUrl}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable" });
    // Alive all the same: liveness must not restart an instance whose database is away.
    expect((await fetch(`${server.managementUrl}/healthz`)).status).toBe(200);
    await cluster.start();
    await vi.waitFor(async () => expect(await readyz(server)).toBe(200), { timeout: 20_000, interval: 250 });
  }, 90_000);
});
