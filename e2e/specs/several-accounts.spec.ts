import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.ts";
import { DEMO_NOTES, redeemCode } from "../support/demo-app.ts";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, authorizeLink, BOB, CAROL, signInOnPage } from "../support/journey.ts";
import { DESK, PHONE } from "../support/looks.ts";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest({ callbacks: true });
let page: Page;

beforeEach(async () => {
  page = await fixture.newPage({ viewport: DESK });
});

/** The `sub` of an ID token, read without verifying it (the integration tests verify signatures). */
function subject(jwt: unknown): unknown {
  if (typeof jwt !== "string") throw new Error("not a JWT");
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")).sub;
}

/** The browser's signed-in accounts by email → user_id, as `GET /api/session` lists them (docs/api.md#several-accounts). */
async function userIds(): Promise<Record<string, string>> {
  const answer: { accounts?: { email: string; user_id: string }[] } = await page.evaluate(async () =>
    (await fetch("/api/session")).json(),
  );
  return Object.fromEntries((answer.accounts ?? []).map((account) => [account.email, account.user_id]));
}

/** Allows on the consent page, then redeems the code at the callback: whose ID token it is. */
async function allowAndRedeem(state: string): Promise<unknown> {
  const callback = fixture.callbacks.nextCallback();
  await page.getByRole("button", { name: "Allow" }).click();
  const back = await callback;
  await page.waitForURL((url) => url.port === "5175");
  expect(back.searchParams.get("state")).toBe(state);
  const { status, body } = await redeemCode(fixture.gatehouse.url, {
    code: back.searchParams.get("code") ?? "",
    redirect_uri: DEMO_NOTES.redirect_uri,
    client_id: DEMO_NOTES.client_id,
    client_secret: DEMO_NOTES.client_secret,
  });
  expect(status).toBe(200);
  return subject(body.id_token);
}

/**
 * Alice signs in at an app's authorize and adds bob with "Use another account" on the chooser; a sign-in made for
 * a request picks its account, and bob's one portal leaves only consent (docs/api.md#several-accounts). Then the
 * app asks again, and the chooser offers every (account, portal) pair.
 */
async function aliceThenBob(state: string): Promise<void> {
  await page.goto(authorizeLink(fixture.gatehouse.url, { state: "add-bob" }));
  await signInOnPage(page, ALICE);
  await page.getByRole("heading", { name: "Choose portal" }).waitFor();
  await page.getByRole("button", { name: "Use another account" }).click();
  expect(await page.getByLabel("Email").inputValue()).toBe("");
  await signInOnPage(page, BOB);
  await page.getByRole("button", { name: "Change profile" }).waitFor();
  expect(await page.getByText(BOB.email).first().isVisible()).toBe(true);

  await page.goto(authorizeLink(fixture.gatehouse.url, { state }));
  await page.getByRole("button", { name: "Acme — bob@example.com" }).waitFor();
}

describe("several accounts in one browser (docs/pages.md#several-accounts)", () => {
  it("alice and bob at once: three (account, portal) pairs, picking bob issues bob's code", async () => {
    await aliceThenBob("pick-bob");
    const pairs = page.getByRole("button", { name: / — / });
    expect(await pairs.count()).toBe(3);
    for (const name of ["Acme — alice@example.com", "Globex — alice@example.com", "Acme — bob@example.com"]) {
      expect(await page.getByRole("button", { name }).isVisible()).toBe(true);
    }
    await expectNoAxeViolations(page);
    await screenshot(page, "several-accounts-chooser-2-1280");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "several-accounts-chooser-2-360");
    await page.setViewportSize(DESK);
    const ids = await userIds();

    await page.getByRole("button", { name: "Acme — bob@example.com" }).click();
    await expect.poll(() => page.getByText(BOB.email).first().isVisible()).toBe(true);
    expect(await allowAndRedeem("pick-bob")).toBe(ids[BOB.email]);
  });

  it("four accounts: the chooser lists every pair, grouped by account, at 1280 and 360 px", async () => {
    await aliceThenBob("four");
    await page.getByRole("button", { name: "Use another account" }).click();
    await signInOnPage(page, CAROL);
    await page.getByRole("button", { name: "Change profile" }).waitFor();
    // Alice (owner on Acme) invites dana; dana's accepting the invitation in this browser adds a fourth account.
    const ids = await userIds();
    const joined = await page.evaluate(async (alice) => {
      const post = (path: string, body: unknown) =>
        fetch(path, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      await post("/api/session/portal", { portal_id: "acme", account: alice });
      const invitation = await (
        await post("/api/people/invitations", { email: "dana@example.com", role: "user" })
      ).json();
      const token = new URL(invitation.invitation_url).hash.slice(1);
      return (
        await post("/api/invitations/accept", { token, display_name: "Dana", password: "Crimson-Harbor-47" })
      ).status;
    }, ids[ALICE.email]);
    expect(joined).toBe(200);
    expect(Object.keys(await userIds()).sort()).toEqual([
      ALICE.email,
      BOB.email,
      CAROL.email,
      "dana@example.com",
    ]);

    await page.goto(authorizeLink(fixture.gatehouse.url, { state: "four", prompt: "select_account" }));
    await page.getByRole("button", { name: "Acme — dana@example.com" }).waitFor();
    expect(await page.getByRole("button", { name: / — / }).count()).toBe(5);
    await expectNoAxeViolations(page);
    await screenshot(page, "several-accounts-chooser-4-1280");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "several-accounts-chooser-4-360");
  });

  it("login_hint preselects alice, prompt=none without a hint asks for a selection", async () => {
    await aliceThenBob("first");
    const ids = await userIds();
    await page.getByRole("button", { name: "Acme — bob@example.com" }).click();
    await allowAndRedeem("first");

    await page.goto(authorizeLink(fixture.gatehouse.url, { state: "hint-alice", login_hint: ALICE.email }));
    // Alice has two portals where the app may be used: only the portal is left to choose.
    await page.getByRole("button", { name: "Globex — alice@example.com" }).click();
    expect(await allowAndRedeem("hint-alice")).toBe(ids[ALICE.email]);

    const refused = fixture.callbacks.nextCallback();
    await page.goto(authorizeLink(fixture.gatehouse.url, { state: "none", prompt: "none" }));
    expect((await refused).searchParams.get("error")).toBe("account_selection_required");
  });

  it("Change profile on consent returns to the chooser, signing nobody out", async () => {
    await aliceThenBob("change");
    await page.getByRole("button", { name: "Acme — bob@example.com" }).click();
    await page.getByRole("button", { name: "Change profile" }).click();
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    expect(await page.getByRole("button", { name: "Acme — alice@example.com" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Acme — alice@example.com" }).click();
    await expect.poll(() => page.getByText(ALICE.email).first().isVisible()).toBe(true);
  });

  it("the settings pages switch between alice and bob; signing bob out leaves alice", async () => {
    await aliceThenBob("settings");
    await page.getByRole("button", { name: "Acme — bob@example.com" }).click();
    await page.getByRole("button", { name: "Allow" }).waitFor();

    await page.goto(new URL("/connected-apps", fixture.gatehouse.url).href);
    const bar = page.getByRole("region", { name: "Account" });
    await page.getByRole("heading", { name: "Connected apps" }).waitFor();
    // The bar begins with who is active and on which portal; the open menu below it lists everyone.
    await expect.poll(() => bar.textContent()).toMatch(/^bob@example\.comPortal: Acme/);
    await page.getByRole("button", { name: "Switch account" }).click();
    await screenshot(page, "several-accounts-menu-1280");
    await page.getByRole("button", { name: "Globex — alice@example.com" }).click();
    await expect.poll(() => bar.textContent()).toMatch(/^alice@example\.comPortal: Globex/);

    await page.getByRole("button", { name: "Switch account" }).click();
    await page.getByRole("button", { name: "Acme — bob@example.com" }).click();
    await expect.poll(() => bar.textContent()).toMatch(/^bob@example\.comPortal: Acme/);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect.poll(() => bar.textContent()).toMatch(/^alice@example\.com/);
    expect(await page.getByRole("button", { name: "Switch account" }).count()).toBe(0);
    expect(Object.keys(await userIds())).toEqual([ALICE.email]);
  });

  it("a third account joins from the settings pages, and Sign out of all accounts ends them all", async () => {
    await aliceThenBob("three");
    await page.goto(new URL("/account", fixture.gatehouse.url).href);
    await page.getByRole("button", { name: "Switch account" }).click();
    await page.getByRole("button", { name: "Use another account" }).click();
    await signInOnPage(page, CAROL);
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await page.getByRole("button", { name: "Switch account" }).click();
    expect(await page.getByRole("button", { name: "Globex — carol@example.com" }).isVisible()).toBe(true);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, "several-accounts-menu-3-360");

    await page.getByRole("button", { name: "Sign out of all accounts" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await userIds()).toEqual({});
  });
});
