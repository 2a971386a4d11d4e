import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "../support/browser.ts";
import { BOB, signInOnPage } from "../support/journey.ts";
import { repositoryRoot } from "../support/paths.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

const DEMO_URL = "http://localhost:5175/";

let gatehouse: RunningGatehouse;
let demo: ChildProcess;
let browser: Browser;

/** `pnpm demo`'s process, pointed at this run's Gatehouse; resolves once it answers. */
async function startDemo(issuer: string): Promise<ChildProcess> {
  const child = spawn(
    path.join(repositoryRoot, "demo/node_modules/.bin/tsx"),
    [path.join(repositoryRoot, "demo/src/main.ts")],
    { env: { ...process.env, GATEHOUSE_ISSUER: issuer }, stdio: ["ignore", "inherit", "inherit"] },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the demo app exited with ${child.exitCode}`);
    const up = await fetch(DEMO_URL).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    if (Date.now() > deadline) throw new Error("the demo app did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [gatehouse, browser] = await Promise.all([startGatehouse(), launchChromium()]);
  demo = await startDemo(gatehouse.url);
});
afterAll(async () => {
  await browser?.close();
  if (demo?.exitCode === null) {
    const exited = new Promise((resolve) => demo.once("exit", resolve));
    demo.kill("SIGTERM");
    await exited;
  }
  await gatehouse?.stop();
});

describe("the Demo Notes app, a real app redirecting to our entry URL", () => {
  it("signs bob in with Gatehouse, shows his DocSpace profile, refreshes its token and signs out", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(DEMO_URL);
    await screenshot(page, "demo-01-signed-out");
    await page.getByRole("button", { name: "Sign in with Gatehouse" }).click();

    await signInOnPage(page, BOB);
    await page.getByRole("button", { name: "Allow" }).click();

    await page.getByRole("heading", { name: "Hello, Bob Example" }).waitFor();
    expect(page.url()).toBe(DEMO_URL);
    expect(await page.getByText(BOB.email, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, "demo-02-profile");

    await page.getByRole("button", { name: "Refresh token" }).click();
    await page.getByText("Token refreshed.").waitFor();
    expect(await page.getByText("1 time", { exact: true }).isVisible()).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You are signed out of Demo Notes and Gatehouse.").waitFor();
    expect(await page.getByRole("button", { name: "Sign in with Gatehouse" }).isVisible()).toBe(true);

    // Gatehouse's session ended too: signing in again asks for the password.
    await page.getByRole("button", { name: "Sign in with Gatehouse" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await context.close();
  });
});
