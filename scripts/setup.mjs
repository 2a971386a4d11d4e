// `npm run setup`: installs pnpm when it is missing, then every workspace dependency (contract §1).
import { execSync } from "node:child_process";

const PNPM = "pnpm@10.34.8";

function has(command) {
  try {
    execSync(`${command} --version`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (!has("pnpm")) {
  console.log(`pnpm is missing: installing ${PNPM} with npm`);
  execSync(`npm install --global ${PNPM}`, { stdio: "inherit" });
}
execSync("pnpm install", { stdio: "inherit" });
