import { type ClientSettingsInput, createdClientSchema } from "@gatehouse/shared/schemas/api";
import { HttpBrowser } from "./http-browser.ts";
import { expectOk } from "./journey.ts";

/** Alice owns the demo portal acme, so she may register apps there (docs/api.md#clients). */
const ALICE = { email: "alice@example.com", password: "Alice-Pa55!" };

const ICON = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">' +
    '<rect width="32" height="32" rx="7" fill="#0f766e"/></svg>',
).toString("base64")}`;

export interface RegisteredApp {
  client_id: string;
  /** Absent for a public (PKCE) app. */
  client_secret?: string;
}

/**
 * Registers a relying party on acme as its owner does in Developer Tools: through the JSON API,
 * with the settings a person would enter and every other one left to its default (the ID token
 * algorithm among them).
 */
export async function registerApp(
  issuer: string,
  settings: Pick<ClientSettingsInput, "name" | "redirect_uris" | "allowed_origins"> &
    Partial<ClientSettingsInput>,
): Promise<RegisteredApp> {
  const owner = new HttpBrowser();
  await expectOk(owner.json(issuer, "/api/session", "POST", ALICE));
  await expectOk(owner.json(issuer, "/api/session/portal", "POST", { portal_id: "acme" }));
  const body: ClientSettingsInput = {
    website_url: "https://rp.example.com",
    policy_url: "https://rp.example.com/privacy",
    terms_url: "https://rp.example.com/terms",
    logo: ICON,
    description: "A relying party built on a third-party OpenID Connect library.",
    scopes: ["openid", "profile", "email", "accounts.self:read"],
    ...settings,
  };
  const created = createdClientSchema.parse(await expectOk(owner.json(issuer, "/api/clients", "POST", body)));
  return {
    client_id: created.client.client_id,
    ...(created.client_secret === undefined ? {} : { client_secret: created.client_secret }),
  };
}
