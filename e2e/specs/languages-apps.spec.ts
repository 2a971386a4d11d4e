import { messageOf } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, signInOnPage } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";
import { solidPng } from "../support/png.ts";

const fixture = freshGatehouseEachTest();

const de = (key: Parameters<typeof messageOf>[1]) => messageOf("de", key);

describe("Developer tools in German (docs/pages.md#languages)", () => {
  it("registers an app in German: labels, the icon picker and a refusal in German", {
    timeout: 120_000,
  }, async () => {
    const page = await fixture.newPage({ viewport: DESK, locale: "en-US" });
    await page.goto(`${fixture.gatehouse.url}/developer-tools/oauth`);
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Register a new application" }).waitFor();

    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Deutsch" });
    await page.getByRole("button", { name: "Neue Anwendung registrieren" }).click();
    await page.getByRole("heading", { level: 1, name: "Neue Anwendung registrieren" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    for (const label of ["Name der App", "Website-URL", "Beschreibung", "URL der Datenschutzerklärung"]) {
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    const redirects = page.getByRole("group", { name: "Weiterleitungs-URLs" });
    expect(await redirects.getByRole("button", { name: "Hinzufügen" }).isVisible()).toBe(true);

    // The icon picker speaks German: a labelled button, and what is chosen, not the browser's "Choose File".
    const chooseIcon = page.locator("label.file-button");
    expect(await chooseIcon.textContent()).toBe("Symbol auswählen");
    expect(await page.getByText("Kein Symbol ausgewählt").isVisible()).toBe(true);
    const icon = page.getByLabel("App-Symbol");
    expect(await icon.getAttribute("type")).toBe("file");
    // Reached with the keyboard from the field before it, with a visible focus ring on the button.
    await page.getByLabel("Website-URL").focus();
    await page.keyboard.press("Tab");
    expect(await icon.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await chooseIcon.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe("solid");
    await icon.setInputFiles({
      name: "team-notes.png",
      mimeType: "image/png",
      buffer: solidPng(32, [13, 118, 110, 255]),
    });
    await page.getByRole("img", { name: "Vorschau des App-Symbols" }).waitFor();
    expect(await page.getByText("team-notes.png").isVisible()).toBe(true);

    // Save with a name too short: the refusal is said in German next to the field, which takes the focus.
    await page.getByLabel("Name der App").fill("ab");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText(de("apps.error.nameLength")).waitFor();
    const name = page.getByLabel("Name der App");
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkPage(page, "register-app-de-1280px");
  });
});
