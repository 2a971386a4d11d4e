import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { type CallbackListener, listenForCallbacks, redeemCode } from "../support/demo-app.ts";
import { ALICE, authorizeLink, BOB, signInOnPage } from "../support/journey.ts";
import { DESK, viewports } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";
import { solidPng } from "../support/png.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

const REDIRECT_URI = "http://localhost:5175/callback";

let gatehouse: RunningGatehouse;
let callbacks: CallbackListener;
let browser: Browser;
let context: BrowserContext;
let iconDir: string;
let iconPath: string;

beforeAll(async () => {
  [callbacks, browser] = await Promise.all([listenForCallbacks(), launchChromium()]);
  iconDir = await mkdtemp(path.join(tmpdir(), "gatehouse-icon-"));
  iconPath = path.join(iconDir, "team-notes.png");
  await writeFile(iconPath, solidPng(32, [13, 118, 110, 255]));
});
afterAll(async () => {
  await browser?.close();
  await callbacks?.close();
  await rm(iconDir, { recursive: true, force: true });
});
// Each journey starts from a fresh store: the demo seed's two apps and no grants.
beforeEach(async () => {
  gatehouse = await startGatehouse();
});
afterEach(async () => {
  await context?.close();
  await gatehouse?.stop();
});

/** Developer tools opened without a session in a fresh 1280 px context, and `person` signed in there. */
async function developerToolsAs(person: typeof ALICE): Promise<Page> {
  context = await browser.newContext({ viewport: DESK });
  const page = await context.newPage();
  await page.goto(`${gatehouse.url}/developer-tools/oauth`);
  await signInOnPage(page, person);
  return page;
}

async function isVisible(locator: Locator): Promise<boolean> {
  return locator.isVisible();
}

async function tokenRequest(form: Record<string, string>) {
  const response = await fetch(`${gatehouse.url}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

describe.each(viewports)("Developer tools at $width px", (viewport) => {
  const px = `${viewport.width}px`;

  it("alice registers an app, signs in to it, and revoking it in Connected apps ends its refresh token", async () => {
    context = await browser.newContext({ viewport });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: gatehouse.url });
    const page = await context.newPage();

    // Opened without a session: sign-in, the chooser, then the page itself.
    await page.goto(`${gatehouse.url}/developer-tools/oauth`);
    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("heading", { level: 1, name: "OAuth 2.0" }).waitFor();
    const notes = page.getByRole("listitem", { name: "Demo Notes" });
    await notes.waitFor();
    expect(await isVisible(page.getByRole("listitem", { name: "Demo Mobile" }))).toBe(true);
    expect(await isVisible(notes.getByRole("img", { name: "Demo Notes icon" }))).toBe(true);
    expect(await isVisible(notes.getByText("a585c162-9587-4e5c-8796-d675ff2dbd6c"))).toBe(true);
    expect(await notes.getByRole("switch", { name: "Enabled" }).getAttribute("aria-checked")).toBe("true");
    expect(await isVisible(page.getByText("alice@example.com"))).toBe(true);
    await checkPage(page, `devtools-list-${px}`);

    // Regenerating asks first, then shows the new secret once.
    await notes.getByRole("button", { name: "Regenerate secret" }).click();
    const confirm = page.getByRole("dialog", { name: "Regenerate the secret of Demo Notes?" });
    await confirm.getByRole("button", { name: "Create new secret" }).click();
    const regenerated = page.getByRole("dialog", { name: "New client secret for Demo Notes" });
    await regenerated.getByLabel("Client secret").waitFor();
    expect(await regenerated.getByLabel("Client secret").inputValue()).not.toBe(
      "2e336694-e4b4-45c0-bff6-48bb5704235b",
    );
    await checkPage(page, `devtools-regenerated-secret-${px}`);
    await regenerated.getByRole("button", { name: "Done" }).click();
    await regenerated.waitFor({ state: "detached" });

    // The form, filled through its labels.
    await page.getByRole("button", { name: "Register a new application" }).click();
    await page.getByRole("heading", { level: 1, name: "Register a new application" }).waitFor();
    await page.getByLabel("App name").fill("Team Notes");
    await page.getByLabel("Website URL").fill("https://team.example.com");
    await page.getByLabel("App icon").setInputFiles(iconPath);
    await page.getByRole("img", { name: "App icon preview" }).waitFor();
    await page.getByLabel("Description").fill("Shared notes for the whole team");
    const redirects = page.getByRole("group", { name: "Redirect URLs" });
    await redirects.getByLabel("Redirect URLs").fill(REDIRECT_URI);
    await redirects.getByRole("button", { name: "Add", exact: true }).click();
    await redirects.getByRole("button", { name: `Remove ${REDIRECT_URI}` }).waitFor();
    const origins = page.getByRole("group", { name: "Allowed origins" });
    await origins.getByLabel("Allowed origins").fill("http://localhost:5175");
    await origins.getByRole("button", { name: "Add", exact: true }).click();
    await origins.getByRole("button", { name: "Remove http://localhost:5175" }).waitFor();
    await page.getByRole("checkbox", { name: "files:write", exact: true }).check();
    expect(await page.getByRole("checkbox", { name: "files:read", exact: true }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "openid", exact: true }).check();
    await page.getByLabel("Privacy policy URL").fill("https://team.example.com/privacy");
    await page.getByLabel("Terms of Service URL").fill("https://team.example.com/terms");
    await checkPage(page, `devtools-form-filled-${px}`);
    await page.getByRole("button", { name: "Save", exact: true }).click();

    // The secret, shown this once, with Copy putting it on the clipboard.
    await page.getByRole("heading", { level: 1, name: "Team Notes is registered" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain(
      "This secret will not be shown again. Copy it now and keep it safe.",
    );
    const clientSecret = await page.getByLabel("Client secret").inputValue();
    expect(clientSecret.length).toBeGreaterThanOrEqual(22);
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await page.getByText("Copied", { exact: true }).waitFor();
    expect(await readClipboard(page)).toBe(clientSecret);
    await page.getByRole("button", { name: "Copy client ID" }).click();
    const clientId = await readClipboard(page);
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await isVisible(page.getByText(clientId, { exact: true }))).toBe(true);
    await checkPage(page, `devtools-secret-${px}`);
    await page.getByRole("button", { name: "Done" }).click();
    const teamNotes = page.getByRole("listitem", { name: "Team Notes" });
    await teamNotes.waitFor();
    expect(await isVisible(teamNotes.getByText(clientId, { exact: true }))).toBe(true);

    // The new app signs alice in: the consent page shows its name and its icon.
    const callback = callbacks.nextCallback();
    await page.goto(
      authorizeLink(gatehouse.url, {
        client_id: clientId,
        redirect_uri: REDIRECT_URI,
        scope: "openid files:write",
        state: `team-notes-${px}`,
      }),
    );
    const allow = page.getByRole("button", { name: "Allow" });
    const chooser = page.getByRole("heading", { name: "Choose portal" });
    await allow.or(chooser).first().waitFor();
    if (await chooser.isVisible()) await page.getByRole("button", { name: "Acme" }).click();
    await allow.waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Team Notes");
    const icon = page.getByRole("img", { name: "Team Notes icon" });
    await expect.poll(() => icon.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(32);
    await allow.click();

    const back = await callback;
    // Let the browser finish arriving at the app before it is sent elsewhere.
    await page.waitForURL((url) => url.host === "localhost:5175" && url.pathname === "/callback");
    expect(back.searchParams.get("state")).toBe(`team-notes-${px}`);
    const tokens = await redeemCode(gatehouse.url, {
      code: back.searchParams.get("code") ?? "",
      redirect_uri: REDIRECT_URI,
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body.refresh_token).toEqual(expect.any(String));

    // Connected apps lists it; Revoke ends the grant, and its refresh token with it.
    await page.goto(`${gatehouse.url}/connected-apps`);
    await page.getByRole("heading", { level: 1, name: "Connected apps" }).waitFor();
    const connected = page.getByRole("listitem", { name: "Team Notes" });
    await connected.waitFor();
    expect(await isVisible(connected.getByText("View and manage all files and folders"))).toBe(true);
    expect(await connected.locator("time").getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await checkPage(page, `connected-apps-${px}`);
    await connected.getByRole("button", { name: "Revoke", exact: true }).click();
    const confirmRevoke = page.getByRole("dialog", { name: "Revoke access for Team Notes?" });
    await confirmRevoke.waitFor();
    await checkPage(page, `connected-apps-revoke-confirm-${px}`);
    await confirmRevoke.getByRole("button", { name: "Revoke access" }).click();
    await connected.waitFor({ state: "detached" });
    await page.getByText("You have not allowed any apps on Acme.").waitFor();
    await checkPage(page, `connected-apps-empty-${px}`);

    const refreshed = await tokenRequest({
      grant_type: "refresh_token",
      refresh_token: String(tokens.body.refresh_token),
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(refreshed.status).toBe(400);
    expect(refreshed.body.error).toBe("invalid_grant");
  });
});

describe("Developer tools for people who may not manage apps", () => {
  it("bob, a plain user of Acme, is told only owners and admins manage apps", async () => {
    const page = await developerToolsAs(BOB);
    await page.getByRole("heading", { level: 1, name: "OAuth 2.0" }).waitFor();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Only owners and admins of Acme can manage apps.");
    expect(await page.getByRole("button", { name: "Register a new application" }).count()).toBe(0);
    await checkPage(page, "devtools-forbidden-1280px");

    // Connected apps is for everyone.
    await page.getByRole("link", { name: "Connected apps" }).click();
    await page.getByText("You have not allowed any apps on Acme.").waitFor();
  });
});

describe("Developer tools with the keyboard alone", () => {
  it("switches an app off and on, and opens and closes the form without a pointer", async () => {
    const page = await developerToolsAs(ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    const mobile = page.getByRole("listitem", { name: "Demo Mobile" });
    const toggle = mobile.getByRole("switch", { name: "Enabled" });
    await toggle.waitFor();

    await toggle.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("false");
    await page.keyboard.press("Enter");
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");

    await page.getByRole("button", { name: "Register a new application" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("App name").waitFor();
    // Save with nothing filled: the focus lands on the first field in error.
    await page.getByRole("button", { name: "Save", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByLabel("App name").evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await page.getByLabel("App name").getAttribute("aria-invalid")).toBe("true");
    await checkPage(page, "devtools-form-errors-1280px");
    await page.getByRole("button", { name: "Cancel" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "OAuth 2.0" }).waitFor();
  });
});
