// `pnpm test`: lint, typecheck, then every workspace's suite one after another (e2e in Chromium).
// The PostgreSQL tests run on GATEHOUSE_TEST_DATABASE_URL; when it is unset, a throw-away cluster
// of our own is started on a free loopback port for this run and deleted after it.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cluster = path.join(root, "scripts/postgres-test-cluster.sh");

/** Runs a command to its end with the terminal attached; resolves to its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster in a new directory (the script prints its URL); returns the URL and how to delete it. */
async function startThrowAwayCluster() {
  const env = {
    ...process.env,
    GATEHOUSE_PG_PORT: `${await freePort()}`,
    GATEHOUSE_PG_DATA: path.join(tmpdir(), `gatehouse-pg-test-${randomBytes(4).toString("hex")}`),
  };
  const url = execFileSync("bash", [cluster, "start"], { env, encoding: "utf8" }).trim();
  const destroy = () => execFileSync("bash", [cluster, "destroy"], { env, stdio: "inherit" });
  return { url, destroy };
}

for (const step of [["lint"], ["typecheck"]]) {
  const code = await run("pnpm", step);
  if (code !== 0) process.exit(code);
}

const env = { ...process.env };
let destroyCluster = () => {};
if (!env.GATEHOUSE_TEST_DATABASE_URL) {
  const started = await startThrowAwayCluster();
  env.GATEHOUSE_TEST_DATABASE_URL = started.url;
  destroyCluster = started.destroy;
  console.log(`test: a throw-away PostgreSQL cluster at ${new URL(started.url).host} for this run`);
}
let code = 1;
try {
  code = await run("pnpm", ["-r", "--workspace-concurrency=1", "test"], env);
} finally {
  destroyCluster();
}
process.exit(code);
