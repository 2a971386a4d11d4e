// `npm run setup`: everything `pnpm test` needs on a fresh Debian machine — pnpm, every workspace
// dependency, and Debian's `chromium` (e2e) and `postgresql` (the PostgreSQL engine's tests).
// Packages come from apt-get when run as root; otherwise it prints the one command to run and exits 1.
import { execFileSync, execSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const PNPM = "pnpm@10.34.8";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function has(command) {
  try {
    execSync(`${command} --version`, { stdio: "ignore" });
    return true;
  } catch {
    return false; // not on PATH: installed below
  }
}

/** A PostgreSQL server (initdb and pg_ctl), where Debian puts it or on PATH. */
function hasPostgresServer() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root) : [];
  if (versions.some((version) => existsSync(path.join(root, version, "bin", "initdb")))) return true;
  return has("initdb") && has("pg_ctl");
}

const packages = [];
if (!existsSync(CHROMIUM)) packages.push("chromium", "fonts-dejavu-core");
if (!hasPostgresServer()) packages.push("postgresql");

if (packages.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has("apt-get")) {
    console.error(
      `setup: the tests need Debian's ${packages.join(", ")}: run \`sudo apt-get install -y ${packages.join(" ")}\`, then \`npm run setup\` again.`,
    );
    process.exit(1);
  }
  console.log(`setup: installing Debian's ${packages.join(", ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
}

if (!has("pnpm")) {
  console.log(`setup: pnpm is missing: installing ${PNPM} with npm`);
  execSync(`npm install --global ${PNPM}`, { stdio: "inherit" });
}
execSync("pnpm install", { stdio: "inherit" });
