import type { Client, Interaction, ScopeLine, SignedInAccount } from "@gatehouse/shared";
import type { Person } from "@gatehouse/shared/schemas/people";
import { screen } from "@testing-library/react";
import { expect, vi } from "vitest";

/** The demo seed's "Demo Notes" app (docs/configuration.md#demo-data), as the interaction API describes it. */
export const demoNotes: Interaction["client"] = {
  client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
  name: "Demo Notes",
  description: "Notes for your DocSpace",
  website_url: "https://notes.example.com",
  logo_uri: "/logos/a585c162-9587-4e5c-8796-d675ff2dbd6c",
  policy_url: "https://notes.example.com/privacy",
  terms_url: "https://notes.example.com/terms",
};

export const demoScopes: ScopeLine[] = [
  {
    name: "accounts.self:read",
    group: "Profile",
    description: "View basic information about your profile",
    new: false,
  },
  {
    name: "files:write",
    group: "Files & Folders",
    description: "View and manage all files and folders",
    new: false,
  },
  { name: "rooms:read", group: "Rooms", description: "View all rooms", new: false },
  { name: "openid", group: "Open ID", description: "View your personal data", new: false },
];

export const alice = {
  email: "alice@example.com",
  display_name: "Alice",
  portal: { id: "acme", name: "Acme" },
  role: "owner" as const,
};

export const alicePortals = [
  { id: "acme", name: "Acme" },
  { id: "globex", name: "Globex" },
];

/** Bob, signed in beside alice in the same browser (docs/pages.md#several-accounts). */
export const bob = {
  email: "bob@example.com",
  display_name: "Bob",
  portal: { id: "acme", name: "Acme" },
  role: "user" as const,
};

/** Alice and Bob as the interaction and the session list the browser's signed-in accounts. */
export const aliceAccount: SignedInAccount = {
  user_id: "u-alice",
  email: alice.email,
  display_name: alice.display_name,
  portals: alicePortals,
};

export const bobAccount: SignedInAccount = {
  user_id: "u-bob",
  email: bob.email,
  display_name: bob.display_name,
  portals: [{ id: "acme", name: "Acme" }],
};

export function interactionAt(step: Interaction["step"], overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: "int_0123456789abcdef",
    step,
    client: demoNotes,
    scopes: demoScopes,
    ...(step === "login" ? {} : { user: alice, portals: alicePortals }),
    ...overrides,
  };
}

/** jsdom cannot navigate; the stub records where the page sent the browser. */
export function stubLocationAssign() {
  const assign = vi.fn<(url: string) => void>();
  vi.stubGlobal("location", { href: window.location.href, origin: window.location.origin, assign });
  return assign;
}

/** A promise the test settles, to look at a page while a call is still pending. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The demo seed's two apps (docs/configuration.md#demo-data), as `GET /api/clients` lists them. */
export const demoNotesClient: Client = {
  ...demoNotes,
  redirect_uris: ["http://localhost:5175/callback", "http://127.0.0.1:5175/callback"],
  allowed_origins: ["http://localhost:5175"],
  scopes: ["accounts.self:read", "files:read", "files:write", "rooms:read", "openid"],
  allow_pkce: false,
  allow_other_portals: true,
  id_token_signed_response_alg: "RS256",
  token_endpoint_auth_method: "client_secret_basic",
  enabled: true,
  created_at: "2025-01-01T00:00:00.000Z",
  updated_at: "2025-01-01T00:00:00.000Z",
};

export const demoMobileClient: Client = {
  client_id: "695d37b7-18aa-4033-91b4-09690178e99a",
  name: "Demo Mobile",
  description: "DocSpace on your phone",
  website_url: "https://mobile.example.com",
  logo_uri: "/logos/695d37b7-18aa-4033-91b4-09690178e99a",
  policy_url: "https://mobile.example.com/privacy",
  terms_url: "https://mobile.example.com/terms",
  redirect_uris: ["http://localhost:5175/pkce-callback", "http://127.0.0.1:5175/pkce-callback"],
  allowed_origins: ["http://localhost:5175", "http://127.0.0.1:5175"],
  scopes: ["accounts.self:read", "accounts.self:write", "files:read", "openid"],
  allow_pkce: true,
  allow_other_portals: false,
  id_token_signed_response_alg: "RS256",
  token_endpoint_auth_method: "none",
  enabled: true,
  created_at: "2025-01-01T00:00:00.000Z",
  updated_at: "2025-01-01T00:00:00.000Z",
};

/** Members of the demo portal, as `GET /api/people` lists them. */
export const acmeOwner: Person = {
  user_id: "u-alice",
  email: "alice@example.com",
  display_name: "Alice",
  role: "owner",
  status: "active",
  last_sign_in_at: "2026-11-30T09:15:00.000Z",
};

export const acmeUser: Person = {
  user_id: "u-bob",
  email: "bob@example.com",
  display_name: "Bob",
  role: "user",
  status: "active",
  last_sign_in_at: null,
};

export const acmeInvited: Person = {
  user_id: "u-dana",
  email: "dana@example.com",
  display_name: "",
  role: "admin",
  status: "invited",
  last_sign_in_at: null,
};

export const acmePeople: Person[] = [acmeOwner, acmeUser, acmeInvited];

/** A password the shared rule accepts for alice@example.com (docs/security.md#passwords). */
export const strongPassword = "Zebra-Lantern-42";

/** A passkey's assertion as the browser answers it (its contents are the server's to check). */
export const passkeyAssertion = {
  id: "cred",
  rawId: "cred",
  type: "public-key" as const,
  clientExtensionResults: {},
  response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
};

/** The page is headed `title` and, once loaded, has exactly `sections` (level-2 headed regions), in order. */
export async function expectPageSections(title: string, sections: string[]): Promise<void> {
  expect(screen.getByRole("heading", { level: 1, name: title })).toBeInTheDocument();
  await screen.findByRole("region", { name: sections[0] });
  expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual(
    sections,
  );
}
