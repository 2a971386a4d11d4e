import type { ScopeName } from "@gatehouse/shared";
import { type Clock, epochSeconds } from "./domain/clock.ts";
import { hashPassword, sha256 } from "./domain/secrets.ts";
import type { ClientRecord, Store } from "./store/types.ts";

const svg = (body: string) => ({
  media_type: "image/svg+xml",
  data_base64: Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">${body}</svg>`,
  ).toString("base64"),
});

/** A note page on amber, and a phone on blue: 32×32 icons for the two demo apps. */
const NOTES_ICON = svg(
  '<rect width="32" height="32" rx="7" fill="#f59e0b"/><rect x="9" y="7" width="14" height="18" rx="2" fill="#fff"/>' +
    '<path d="M12 12h8M12 16h8M12 20h5" stroke="#b45309" stroke-width="1.6" stroke-linecap="round"/>',
);
const MOBILE_ICON = svg(
  '<rect width="32" height="32" rx="7" fill="#2563eb"/><rect x="11" y="6" width="10" height="20" rx="2" fill="#fff"/>' +
    '<circle cx="16" cy="22.5" r="1.2" fill="#2563eb"/>',
);

/** The users, portals and apps of docs/configuration.md#demo-data. */
export const DEMO = {
  portals: [
    { id: "acme", name: "Acme" },
    { id: "globex", name: "Globex" },
  ],
  users: [
    {
      id: "5d1f7a2e-3c4b-4e8f-9a61-0b2c3d4e5f60",
      email: "alice@example.com",
      display_name: "Alice Example",
      locale: "en-GB",
      password: "Alice-Pa55!",
      accounts: [
        { portal_id: "acme", role: "owner" as const },
        { portal_id: "globex", role: "user" as const },
      ],
    },
    {
      id: "8e2a6b1c-7d3f-4a5e-b9c8-1f2e3d4c5b6a",
      email: "bob@example.com",
      display_name: "Bob Example",
      locale: "en-US",
      password: "Bob-Pa55!",
      accounts: [{ portal_id: "acme", role: "user" as const }],
    },
    {
      id: "3c9b4f0a-6e2d-4b7a-8f15-2a4d6c8e0b13",
      email: "carol@example.com",
      display_name: "Carol Example",
      locale: null,
      password: "Carol-Pa55!",
      accounts: [{ portal_id: "globex", role: "owner" as const }],
    },
  ],
  notes: {
    client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
    client_secret: "2e336694-e4b4-45c0-bff6-48bb5704235b",
    redirect_uris: ["http://localhost:5175/callback", "http://127.0.0.1:5175/callback"],
    scopes: [
      "openid",
      "profile",
      "email",
      "accounts.self:read",
      "files:read",
      "files:write",
      "rooms:read",
    ] as ScopeName[],
  },
  mobile: {
    client_id: "695d37b7-18aa-4033-91b4-09690178e99a",
    redirect_uris: ["http://localhost:5175/pkce-callback", "http://127.0.0.1:5175/pkce-callback"],
    scopes: [
      "openid",
      "profile",
      "email",
      "accounts.self:read",
      "accounts.self:write",
      "files:read",
    ] as ScopeName[],
  },
} as const;

/** Seeds the demo data into an empty store; a store that holds anything is left as it is. */
export function seedDemo(store: Store, clock: Clock): Promise<boolean> {
  // Exclusively: instances that start at once on an empty database must not both seed.
  return store.exclusively(() => seedEmpty(store, clock));
}

async function seedEmpty(store: Store, clock: Clock): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  const now = epochSeconds(clock);
  for (const portal of DEMO.portals) await store.portals.insert(portal);
  for (const { password, accounts, ...user } of DEMO.users) {
    await store.users.insert({
      ...user,
      accounts: [...accounts],
      password_hash: await hashPassword(password),
      disabled: false,
      last_sign_in_at: null,
      updated_at: now,
    });
  }
  const common = {
    portal_id: "acme",
    // OpenID's default, which every standard library expects (docs/configuration.md#demo-data).
    id_token_signed_response_alg: "RS256" as const,
    enabled: true,
    created_at: now,
    updated_at: now,
  };
  const notes: ClientRecord = {
    ...common,
    client_id: DEMO.notes.client_id,
    name: "Demo Notes",
    description: "Take notes beside your documents.",
    website_url: "https://notes.example.com",
    policy_url: "https://notes.example.com/privacy",
    terms_url: "https://notes.example.com/terms",
    logo: NOTES_ICON,
    redirect_uris: [...DEMO.notes.redirect_uris],
    allowed_origins: ["http://localhost:5175"],
    scopes: [...DEMO.notes.scopes],
    public: false,
    secret_hash: sha256(DEMO.notes.client_secret),
    // Available to other portals, so alice meets the portal chooser.
    allow_other_portals: true,
  };
  const mobile: ClientRecord = {
    ...common,
    client_id: DEMO.mobile.client_id,
    name: "Demo Mobile",
    description: "Your files on the go.",
    website_url: "https://mobile.example.com",
    policy_url: "https://mobile.example.com/privacy",
    terms_url: "https://mobile.example.com/terms",
    logo: MOBILE_ICON,
    redirect_uris: [...DEMO.mobile.redirect_uris],
    allowed_origins: ["http://localhost:5175", "http://127.0.0.1:5175"],
    scopes: [...DEMO.mobile.scopes],
    public: true,
    secret_hash: null,
    allow_other_portals: false,
  };
  await store.clients.insert(notes);
  await store.clients.insert(mobile);
  return true;
}
