/** Debian's Chromium: a browser downloaded by a test tool is not an option here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** playwright-core's `chromium.launch` options: headless, no sandbox (containers), nothing phoning home. */
export const CHROMIUM_LAUNCH: { executablePath: string; args: string[]; headless: boolean } = {
  executablePath: CHROMIUM_PATH,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  headless: true,
};
