import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "./chromium.ts";
import { repositoryRoot } from "./paths.ts";

/** Before any library: Chromium must be there, and the SPA built from the current sources (people sign in on it). */
export default function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: run \`npm run setup\` (it installs Debian's chromium package)`,
    );
  }
  const build = spawnSync("pnpm", ["--filter", "@gatehouse/client", "build"], {
    cwd: repositoryRoot,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the SPA did not build");
}
