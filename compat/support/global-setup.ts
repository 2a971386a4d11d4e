import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { startGatehouse } from "@gatehouse/server/test-support/start-gatehouse";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./chromium.ts";
import { repositoryRoot } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The issuer of the one Gatehouse every spec signs in against. */
    issuer: string;
  }
}

/**
 * Before any library: Chromium must be there and the SPA built from the current sources (people
 * sign in on it); then one Gatehouse for the run, where each spec registers an app of its own.
 */
export default async function setup(project: TestProject) {
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
  // the demo data, and no management port: no spec reads it
  const gatehouse = await startGatehouse("compat", { SEED: "demo", MANAGEMENT_PORT: "off" });
  project.provide("issuer", gatehouse.url);
  return () => gatehouse.stop();
}
