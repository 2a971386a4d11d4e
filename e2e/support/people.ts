import { randomBytes } from "node:crypto";
import { type ClientSettingsInput, createdClientSchema } from "@gatehouse/shared";
import type { Page } from "playwright-core";
import { solidPng } from "./png.ts";

export const APP_REDIRECT_URI = "http://localhost:5175/callback";

/** Sixty letters and no space: the name nobody would pick, which must still fit a phone (docs/pages.md). */
export const LONG_APP_NAME = `Wide${"W".repeat(52)}Apps`;

/** A password the shared rule accepts, different on every call. */
export function newPassword(): string {
  return `Lantern-${randomBytes(6).toString("base64url")}-42`;
}

/** The setup link in the line the server logs at its first start (docs/pages.md#one-time-links). */
export function setupLinkIn(line: string): string {
  const match = /https?:\/\/\S+\/setup#[A-Za-z0-9_-]+/.exec(line);
  if (!match) throw new Error(`no setup link in: ${line}`);
  return match[0];
}

/**
 * Registers a confidential app on the signed-in owner's portal through the API, as Developer Tools does;
 * `settings` replaces any of Initech Notes' own (a long name, more scopes).
 */
export async function registerApp(
  page: Page,
  issuer: string,
  settings: Partial<ClientSettingsInput> = {},
): Promise<{ clientId: string; clientSecret: string }> {
  const response = await page.request.post(`${issuer}/api/clients`, {
    headers: { origin: issuer },
    data: {
      name: "Initech Notes",
      website_url: "https://notes.initech.example",
      logo: `data:image/png;base64,${solidPng(32, [13, 118, 110, 255]).toString("base64")}`,
      description: "Notes for the Initech portal",
      allow_pkce: false,
      redirect_uris: [APP_REDIRECT_URI],
      allowed_origins: ["http://localhost:5175"],
      scopes: ["openid", "accounts.self:read", "files:read"],
      allow_other_portals: false,
      policy_url: "https://notes.initech.example/privacy",
      terms_url: "https://notes.initech.example/terms",
      ...settings,
    },
  });
  if (response.status() !== 201)
    throw new Error(`registering the app answered ${response.status()}: ${await response.text()}`);
  const { client, client_secret } = createdClientSchema.parse(await response.json());
  if (client_secret === undefined) throw new Error("a confidential app was registered without a secret");
  return { clientId: client.client_id, clientSecret: client_secret };
}

/** The app's back channel: any grant at the token endpoint. */
export async function tokenRequest(
  issuer: string,
  form: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${issuer}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: await response.json() };
}
