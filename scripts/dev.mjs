// `pnpm dev`: the API on 3000 (restarting on change) and Vite with HMR on 5173, which proxies the
// API routes. The issuer is the Vite origin, so every redirect and Origin check matches what the
// browser sees.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  PORT: process.env.PORT ?? "3000",
  ISSUER: process.env.ISSUER ?? "http://localhost:5173",
};

const children = [
  spawn(path.join(root, "server/node_modules/.bin/tsx"), ["watch", path.join(root, "server/src/main.ts")], {
    cwd: process.cwd(),
    env,
    stdio: "inherit",
  }),
  spawn("pnpm", ["--filter", "@gatehouse/client", "dev"], { cwd: root, env, stdio: "inherit" }),
];

function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
