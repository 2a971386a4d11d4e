import { randomUUID } from "node:crypto";
import { tokenResponseSchema } from "@gatehouse/shared";
import { expect } from "vitest";
import { hashPassword } from "../src/domain/secrets.ts";
import type { PortalAccount, Store, UserRecord } from "../src/store/types.ts";
import { authorizeThroughSpa, type TestBrowser } from "./browser.ts";
import { DEMO, NOTES_CALLBACK } from "./fixtures.ts";
import { postToken } from "./oauth-app.ts";

/** A password the shared rules accept (long, uncommon, without the email's local part). */
export const GOOD_PASSWORD = "Quartz-Lantern-Violet-42";

/** Stores a person with `accounts`, signing in with GOOD_PASSWORD. */
export async function addPerson(
  store: Store,
  email: string,
  accounts: PortalAccount[],
  overrides: Partial<UserRecord> = {},
): Promise<UserRecord & { password: string }> {
  const user: UserRecord = {
    id: randomUUID(),
    email,
    display_name: email.split("@")[0] ?? email,
    password_hash: await hashPassword(GOOD_PASSWORD),
    accounts,
    disabled: false,
    last_sign_in_at: null,
    updated_at: null,
    locale: null,
    ...overrides,
  };
  await store.users.insert(user);
  return { ...user, password: GOOD_PASSWORD };
}

/** Signs `person` in through the SPA in `browser`, allows Demo Notes, and redeems the code: the grant's tokens. */
export async function notesTokens(
  server: { url: string },
  browser: TestBrowser,
  person: { email: string; password: string },
  portalId = "acme",
) {
  const landed = await authorizeThroughSpa(server, {
    browser,
    ...person,
    portalId,
    params: { scope: "openid files:read" },
  });
  const response = await postToken(server.url, {
    grant_type: "authorization_code",
    code: landed.searchParams.get("code") ?? "",
    redirect_uri: NOTES_CALLBACK,
    client_id: DEMO.notes.client_id,
    client_secret: DEMO.notes.client_secret,
  });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

/** Refreshes with Demo Notes: the answer's status. */
export async function refreshStatus(server: { url: string }, refreshToken: string): Promise<number> {
  const response = await postToken(server.url, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: DEMO.notes.client_id,
    client_secret: DEMO.notes.client_secret,
  });
  return response.status;
}
