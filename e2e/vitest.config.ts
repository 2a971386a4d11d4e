import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["specs/**/*.spec.ts"],
    // One browser journey at a time: they share the demo apps' callback port 5175 and two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["support/global-setup.ts"],
  },
});
