import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { authorizeLink } from "../support/journey.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

let gatehouse: RunningGatehouse;
let browser: Browser;

beforeAll(async () => {
  [gatehouse, browser] = await Promise.all([startGatehouse(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await gatehouse?.stop();
});

describe("the pages in a real browser", () => {
  it("run under the strict CSP without a single violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(authorizeLink(gatehouse.url));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it("K55 cannot be framed by another origin", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const link = authorizeLink(gatehouse.url);
    await page.setContent(`<iframe id="victim" src="${link}" width="600" height="400"></iframe>`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    const framedHeading = frame ? await frame.getByRole("heading", { name: "Sign in" }).count() : 0;
    expect(framedHeading).toBe(0);
    await context.close();
  });
});
