import { prepareBrowserRun } from "@gatehouse/server/test-support/prepare-browser-run";
import { startGatehouse } from "@gatehouse/server/test-support/start-gatehouse";
import type { TestProject } from "vitest/node";

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
  prepareBrowserRun();
  const gatehouse = await startGatehouse("compat", { SEED: "demo", MANAGEMENT_PORT: "off" });
  project.provide("issuer", gatehouse.url);
  return () => gatehouse.stop();
}
