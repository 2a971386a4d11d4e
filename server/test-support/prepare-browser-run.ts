import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "./chromium.ts";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Before any journey in Chromium: Chromium must be there, and the SPA built from the current sources. */
export function prepareBrowserRun(): void {
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
