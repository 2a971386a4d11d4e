import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { launchChromium } from "./browser.ts";
import { type CallbackListener, listenForCallbacks } from "./demo-app.ts";
import { type RunningGatehouse, startGatehouse } from "./server.ts";

export interface FreshGatehouse {
  /** The running test's own Gatehouse. */
  readonly gatehouse: RunningGatehouse;
  /** A page in a new browser context, closed when the test ends. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** The demo apps' redirect listener, for the whole file (only with `{ callbacks: true }`). */
  readonly callbacks: CallbackListener;
}

/**
 * The hooks of a spec whose every test starts on a fresh Gatehouse (seed data untouched by the test before it)
 * and in its own browser context; one Chromium serves the whole file.
 */
export function freshGatehouseEachTest({ callbacks = false } = {}): FreshGatehouse {
  let browser: Browser | undefined;
  let listener: CallbackListener | undefined;
  let gatehouse: RunningGatehouse | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [browser, listener] = await Promise.all([launchChromium(), callbacks ? listenForCallbacks() : undefined]);
  });
  afterAll(async () => {
    await browser?.close();
    await listener?.close();
  });
  beforeEach(async () => {
    gatehouse = await startGatehouse();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await gatehouse?.stop();
    gatehouse = undefined;
  });

  return {
    get gatehouse() {
      if (!gatehouse) throw new Error("a test's Gatehouse runs only while the test does");
      return gatehouse;
    },
    get callbacks() {
      if (!listener)
        throw new Error("callbacks are listened for with freshGatehouseEachTest({ callbacks: true })");
      return listener;
    },
    async newPage(options) {
      if (!browser) throw new Error("Chromium is launched before the first test");
      context = await browser.newContext(options);
      return context.newPage();
    },
  };
}
