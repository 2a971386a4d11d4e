import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, signInOnPage } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest();

describe("languages of the people pages (docs/pages.md#languages)", () => {
  it("turns an invitation to French with the switcher: heading, fields and a password rule in French", {
    timeout: 120_000,
  }, async () => {
    const page = await fixture.newPage({ viewport: DESK, locale: "en-US" });
    await page.goto(`${fixture.gatehouse.url}/people`);
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Invite people" }).click();
    const invite = page.getByRole("dialog", { name: "Invite people to Acme" });
    await invite.getByLabel("Email").fill("dana@example.com");
    await invite.getByRole("button", { name: "Invite", exact: true }).click();
    const invited = page.getByRole("dialog", { name: "dana@example.com is invited" });
    const invitationLink = await invited.getByLabel("Invitation link", { exact: true }).inputValue();

    await page.goto(invitationLink);
    await page.getByRole("heading", { level: 1, name: "Join Acme" }).waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Français" });
    await page.getByRole("heading", { level: 1, name: "Rejoindre Acme" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    const main = page.getByRole("main");
    expect(await main.textContent()).toContain("Cette invitation est destinée à dana@example.com.");

    // Alice is signed in: the invitation is for Dana, so the page offers to sign out first, in French too.
    await main.getByRole("button", { name: "Se déconnecter" }).click();
    await main.getByLabel("Nom", { exact: true }).fill("Dana Example");
    const password = main.getByLabel("Mot de passe", { exact: true });
    await password.fill("dana-example-2026");
    await main.getByText("Le mot de passe ne doit pas contenir votre adresse e-mail").waitFor();
    await main.getByRole("button", { name: "Créer le compte et rejoindre" }).waitFor();
    await checkPage(page, "invitation-fr");
  });
});
