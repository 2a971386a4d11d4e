import { interactionSchema, LOCALES, localeSettingsSchema } from "@gatehouse/shared";
import { invitationAnswerSchema } from "@gatehouse/shared/schemas/people";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { signedInBrowser, startInteraction, TestBrowser } from "../../test/browser.ts";
import { ALICE } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { startMailbox } from "../../test/mail.ts";
import { authorizeUrl } from "../../test/oauth-app.ts";

const mailbox = await startMailbox();
afterAll(() => mailbox.close());
beforeEach(() => mailbox.clear());

// An operator who serves German by default: the pages' and mails' fallback (docs/configuration.md#variables).
const server = useTestServer({ env: { DEFAULT_LOCALE: "de" }, mailer: mailbox.mailer });

/** The interaction an authorization request with `ui_locales` started, as the SPA reads it. */
async function interactionAsking(uiLocales: string | undefined) {
  const browser = new TestBrowser(server.url);
  const url = authorizeUrl(server.url, { scope: "openid", ...(uiLocales ? { ui_locales: uiLocales } : {}) });
  const id = await startInteraction(browser, url);
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  return interactionSchema.parse(await response.json());
}

describe("ui_locales (docs/pages.md#languages)", () => {
  it("records the first tag the pages speak and answers it with the interaction", async () => {
    expect((await interactionAsking("tlh ar-EG fr")).ui_locales).toBe("ar");
    expect((await interactionAsking("pt")).ui_locales).toBe("pt-BR");
  });

  it("answers no language when the app named none the pages speak, or none at all", async () => {
    expect((await interactionAsking("tlh x-klingon")).ui_locales).toBeUndefined();
    expect((await interactionAsking(undefined)).ui_locales).toBeUndefined();
  });
});

describe("GET /api/locale-settings (docs/api.md#locale-settings)", () => {
  it("answers the supported languages and DEFAULT_LOCALE", async () => {
    const response = await new TestBrowser(server.url).json("/api/locale-settings", "GET");
    expect(response.status).toBe(200);
    expect(localeSettingsSchema.parse(await response.json())).toEqual({
      default_locale: "de",
      ui_locales_supported: [...LOCALES],
    });
  });

  it("matches discovery's ui_locales_supported", async () => {
    const response = await fetch(`${server.url}/.well-known/openid-configuration`);
    const metadata = z.object({ ui_locales_supported: z.array(z.string()) }).parse(await response.json());
    expect(metadata.ui_locales_supported).toEqual([...LOCALES]);
    expect(metadata.ui_locales_supported).toContain("ar");
  });
});

describe("the mails' language (docs/pages.md#languages)", () => {
  it("writes to someone whose language is unknown in DEFAULT_LOCALE, with its plural rules", async () => {
    const alice = await signedInBrowser(server, ALICE, "acme");
    const response = await alice.json("/api/people/invitations", "POST", {
      email: "erin@example.com",
      role: "user",
    });
    expect(response.status).toBe(201);
    invitationAnswerSchema.parse(await response.json());
    const mail = await mailbox.next("erin@example.com");
    expect(mail.subject).toBe("Sie sind zu Acme auf Gatehouse eingeladen");
    expect(mail.text).toContain("hat Sie eingeladen, dem Portal Acme auf Gatehouse beizutreten.");
    expect(mail.text).toContain("Einladung annehmen: ");
    expect(mail.text).toContain("innerhalb von 7 Tagen.");
  });

  it("writes to a member in their own language over DEFAULT_LOCALE", async () => {
    const response = await new TestBrowser(server.url).json("/api/password-reset", "POST", {
      email: ALICE.email,
    });
    expect(response.status).toBe(202);
    const mail = await mailbox.next(ALICE.email);
    // Alice's profile says en-GB.
    expect(mail.subject).toBe("Reset your Gatehouse password");
    expect(mail.text).toContain("within 30 minutes.");
  });
});
