import { createHash, randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { DEMO_NOTES } from "./demo-app.ts";

export const ALICE = { email: "alice@example.com", password: "Alice-Pa55!" };
export const BOB = { email: "bob@example.com", password: "Bob-Pa55!" };
export const CAROL = { email: "carol@example.com", password: "Carol-Pa55!" };

/**
 * What the seed data holds and a page may show in any language: portal, person and app names, the apps' own
 * descriptions (server/src/seed.ts).
 */
export const SEED_NAMES = [
  "Acme",
  "Globex",
  "Alice Example",
  "Bob Example",
  "Carol Example",
  "Demo Notes",
  "Demo Mobile",
  "Take notes beside your documents.",
  "Your files on the go.",
];

/** The link an app sends a person to. */
export function authorizeLink(issuer: string, params: Record<string, string> = {}): string {
  const url = new URL("/oauth2/authorize", issuer);
  const all = {
    response_type: "code",
    client_id: DEMO_NOTES.client_id,
    redirect_uri: DEMO_NOTES.redirect_uri,
    scope: "openid accounts.self:read files:write",
    state: randomBytes(8).toString("hex"),
    ...params,
  };
  for (const [name, value] of Object.entries(all)) url.searchParams.set(name, value);
  return url.href;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** Fills the sign-in form by its labels and submits it. */
export async function signInOnPage(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
