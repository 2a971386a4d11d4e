import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { tokenResponseSchema } from "@gatehouse/shared";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { type CallbackListener, listenForCallbacks } from "../support/demo-app.ts";
import { authorizeLink, signInOnPage } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";
import { linkIn, type MailServer, startMailServer } from "../support/mail-server.ts";
import { checkPage } from "../support/page-checks.ts";
import { APP_REDIRECT_URI, newPassword, registerApp, setupLinkIn, tokenRequest } from "../support/people.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

const OWNER = { email: "peter@initech.example", name: "Peter Gibbons" };
const MEMBER = { email: "milton@initech.example", name: "Milton Waddams" };

let callbacks: CallbackListener;
let browser: Browser;
let mail: MailServer;
let gatehouse: RunningGatehouse | undefined;
const contexts: BrowserContext[] = [];
let secretsDir: string;

beforeAll(async () => {
  [callbacks, browser, mail] = await Promise.all([listenForCallbacks(), launchChromium(), startMailServer()]);
  secretsDir = await mkdtemp(path.join(tmpdir(), "gatehouse-bootstrap-"));
});
afterAll(async () => {
  await browser?.close();
  await callbacks?.close();
  await mail?.close();
  await rm(secretsDir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await gatehouse?.stop();
  gatehouse = undefined;
});

async function newPage() {
  const context = await browser.newContext({ viewport: DESK });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  contexts.push(context);
  return context.newPage();
}

describe("Running Gatehouse for real (docs/pages.md#one-time-links)", () => {
  it("from the setup link in the log to a disabled member whose refresh token stops working", async () => {
    gatehouse = await startGatehouse({
      NODE_ENV: "production",
      SEED: "none",
      SMTP_URL: mail.url,
      MAIL_FROM: "Gatehouse <gatehouse@initech.example>",
      LOG_LEVEL: "info",
    });
    const { url } = gatehouse;
    const setupLink = setupLinkIn(await gatehouse.waitForOutput(/\/setup#/));

    // The owner sets up the portal, and is signed in on People.
    const owner = await newPage();
    const ownerPassword = newPassword();
    await owner.goto(setupLink);
    await owner.getByRole("heading", { level: 1, name: "Set up Gatehouse" }).waitFor();
    await owner.waitForURL(`${url}/setup`);
    await owner.getByLabel("Portal name").fill("Initech");
    await owner.getByLabel("Email").fill(OWNER.email);
    await owner.getByLabel("Name", { exact: true }).fill(OWNER.name);
    await owner.getByLabel("Password", { exact: true }).fill(ownerPassword);
    await owner.getByRole("button", { name: "Set up Gatehouse" }).click();
    await owner.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await owner.getByRole("listitem", { name: new RegExp(`^${OWNER.name}`) }).waitFor();

    // The setup link works once.
    const again = await newPage();
    await again.goto(setupLink);
    await again.getByRole("heading", { level: 1, name: "This setup link no longer works" }).waitFor();

    // The owner invites a person: the link is shown once, and mailed.
    await owner.getByRole("button", { name: "Invite people" }).click();
    const invite = owner.getByRole("dialog", { name: "Invite people to Initech" });
    await invite.getByLabel("Email").fill(MEMBER.email);
    await invite.getByRole("radio", { name: "User" }).check();
    await invite.getByRole("button", { name: "Invite", exact: true }).click();
    const shown = owner.getByRole("dialog", { name: `${MEMBER.email} is invited` });
    const invitationLink = await shown.getByLabel("Invitation link", { exact: true }).inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${url}/invite#[A-Za-z0-9_-]{22,}$`));
    await shown.getByRole("button", { name: "Done" }).click();
    const invited = await mail.nextMailTo(MEMBER.email);
    expect(invited.subject).toContain("Initech");
    expect(linkIn(invited, `${url}/invite#`)).toBe(invitationLink);
    await owner
      .getByRole("listitem", { name: new RegExp(`^${MEMBER.email}`) })
      .getByText("Invited")
      .waitFor();

    // An app of the portal, registered through the API as Developer Tools does.
    const app = await registerApp(owner, url);

    // The person accepts with a name and a password.
    const member = await newPage();
    const memberPassword = newPassword();
    await member.goto(linkIn(invited, `${url}/invite#`));
    await member.getByRole("heading", { level: 1, name: "Join Initech" }).waitFor();
    await member.waitForURL(`${url}/invite`);
    await member.getByLabel("Name", { exact: true }).fill(MEMBER.name);
    await member.getByLabel("Password", { exact: true }).fill(memberPassword);
    await member.getByRole("button", { name: "Create account and join" }).click();
    await member.getByRole("heading", { level: 1, name: "Welcome to Initech" }).waitFor();

    // They sign in through the app's authorize link and allow it.
    const callback = callbacks.nextCallback();
    await member.goto(
      authorizeLink(url, {
        client_id: app.clientId,
        redirect_uri: APP_REDIRECT_URI,
        scope: "openid files:read",
      }),
    );
    const allow = member.getByRole("button", { name: "Allow" });
    const signIn = member.getByRole("heading", { name: "Sign in" });
    await allow.or(signIn).first().waitFor();
    if (await signIn.isVisible())
      await signInOnPage(member, { email: MEMBER.email, password: memberPassword });
    await allow.click();
    const code = (await callback).searchParams.get("code") ?? "";
    const issued = await tokenRequest(url, {
      grant_type: "authorization_code",
      code,
      redirect_uri: APP_REDIRECT_URI,
      client_id: app.clientId,
      client_secret: app.clientSecret,
    });
    expect(issued.status).toBe(200);
    const { refresh_token } = tokenResponseSchema.parse(issued.body);
    expect(refresh_token).toEqual(expect.any(String));

    // The owner disables them: the refresh token stops working at once.
    await owner.reload();
    const row = owner.getByRole("listitem", { name: new RegExp(`^${MEMBER.name}`) });
    await row.getByText("Active").waitFor();
    await row.getByRole("button", { name: "Disable" }).click();
    await row.getByText("Disabled").waitFor();
    const refreshed = await tokenRequest(url, {
      grant_type: "refresh_token",
      refresh_token: refresh_token ?? "",
      client_id: app.clientId,
      client_secret: app.clientSecret,
    });
    expect(refreshed.status).toBe(400);
    expect(refreshed.body).toMatchObject({ error: "invalid_grant" });
    await checkPage(owner, "people-journey-disabled-1280px");
  });

  it("forgot password: the same answer for anyone, the mailed link once, then the new password signs in", async () => {
    const password = newPassword();
    const passwordFile = path.join(secretsDir, "owner-password");
    await writeFile(passwordFile, password);
    gatehouse = await startGatehouse({
      NODE_ENV: "production",
      SEED: "none",
      SMTP_URL: mail.url,
      MAIL_FROM: "Gatehouse <gatehouse@initech.example>",
      BOOTSTRAP_PORTAL: "initech:Initech",
      BOOTSTRAP_OWNER_EMAIL: OWNER.email,
      BOOTSTRAP_OWNER_PASSWORD_FILE: passwordFile,
    });
    const { url } = gatehouse;
    const page = await newPage();

    // Sign-in links to the page; an unknown email gets the very same answer.
    await page.goto(`${url}/account`);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await page.getByLabel("Email").fill("nobody@initech.example");
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByRole("heading", { level: 1, name: "Check your mail" }).waitFor();
    const unknownAnswer = await page.getByText(/If an account uses/).textContent();

    await page.goto(`${url}/forgot-password`);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByRole("heading", { level: 1, name: "Check your mail" }).waitFor();
    expect((await page.getByText(/If an account uses/).textContent())?.replace(OWNER.email, "")).toBe(
      unknownAnswer?.replace("nobody@initech.example", ""),
    );

    const resetMail = await mail.nextMailTo(OWNER.email);
    const resetLink = linkIn(resetMail, `${url}/reset-password#`);
    const newOne = newPassword();
    await page.goto(resetLink);
    await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await page.waitForURL(`${url}/reset-password`);
    await page.getByLabel("New password").fill(newOne);
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByRole("heading", { level: 1, name: "Your password was changed" }).waitFor();

    // The link works once (from another page: a fragment alone would not load the page again).
    await page.goto("about:blank");
    await page.goto(resetLink);
    await page.getByLabel("New password").fill(newPassword());
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByRole("heading", { level: 1, name: "This reset link no longer works" }).waitFor();

    // The old password no longer signs in; the new one does.
    await page.goto(`${url}/account`);
    await signInOnPage(page, { email: OWNER.email, password });
    await page.getByText("Incorrect email or password").waitFor();
    await page.getByLabel("Password", { exact: true }).fill(newOne);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  });
});
