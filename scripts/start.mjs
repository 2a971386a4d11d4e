// `pnpm start`: builds the SPA when its build is missing or older than its sources, then serves
// SPA + API on PORT (3000) from the repository root, so DATA_DIR=./data is the root's data/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = path.join(root, "client/dist/index.html");
const sources = ["client/src", "client/public", "client/index.html", "client/vite.config.ts", "shared/src"];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((entry) => newestChange(path.join(root, entry))));
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? "Building the SPA…" : "The SPA sources changed: rebuilding…");
  const build = spawnSync("pnpm", ["--filter", "@gatehouse/client", "build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const tsx = path.join(root, "server/node_modules/.bin/tsx");
const server = spawn(tsx, [path.join(root, "server/src/main.ts")], {
  cwd: process.cwd(),
  stdio: "inherit",
  // libuv's thread pool signs the tokens and writes the journal: one thread per core, not libuv's
  // default 4, which only adds wake-ups and context switches (README "Performance").
  env: { UV_THREADPOOL_SIZE: `${availableParallelism()}`, ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
