import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  AccessTokenRecord,
  ClientRecord,
  CodeRecord,
  GrantRecord,
  InteractionRecord,
  IssuedTokens,
  RefreshTokenRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  TokenFamilyRecord,
  UserRecord,
} from "./types.ts";

/** Far enough from 2^31 that a 32-bit column would fail. */
const NOW = 4_102_444_800;

const user = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  id: randomUUID(),
  email: `${randomUUID()}@example.com`,
  display_name: "Ann Example",
  password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
  accounts: [{ portal_id: "acme", role: "owner" }],
  ...overrides,
});

const client = (overrides: Partial<ClientRecord> = {}): ClientRecord => ({
  client_id: randomUUID(),
  portal_id: "acme",
  name: "Notes",
  description: "Take notes.",
  website_url: "https://notes.example.com",
  policy_url: "https://notes.example.com/privacy",
  terms_url: "https://notes.example.com/terms",
  logo: { media_type: "image/png", data_base64: "iVBORw0KGgo=" },
  redirect_uris: ["https://notes.example.com/callback", "http://localhost:5175/callback"],
  allowed_origins: ["https://notes.example.com"],
  scopes: ["openid", "files:read"],
  public: false,
  secret_hash: "c2VjcmV0LWhhc2g",
  enabled: true,
  created_at: NOW,
  updated_at: NOW,
  ...overrides,
});

const session = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  id_hash: randomUUID(),
  user_id: randomUUID(),
  portal_id: null,
  auth_time: NOW,
  portal_chosen_at: null,
  created_at: NOW,
  expires_at: NOW + 28_800,
  last_seen_at: NOW,
  ...overrides,
});

const interaction = (overrides: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id: randomUUID(),
  browser_hash: "YnJvd3Nlcg",
  request: {
    client_id: randomUUID(),
    redirect_uri: "https://notes.example.com/callback",
    scopes: ["openid", "files:read"],
    state: "xyz",
    nonce: null,
    code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    prompt: "consent",
    login_hint: null,
  },
  created_at: NOW,
  expires_at: NOW + 600,
  result: null,
  ...overrides,
});

const code = (overrides: Partial<CodeRecord> = {}): CodeRecord => ({
  code_hash: randomUUID(),
  client_id: randomUUID(),
  grant_id: randomUUID(),
  user_id: randomUUID(),
  portal_id: "acme",
  redirect_uri: "https://notes.example.com/callback",
  scopes: ["openid", "files:read"],
  code_challenge: null,
  nonce: "n-0S6_WzA2Mj",
  auth_time: NOW,
  family_id: randomUUID(),
  created_at: NOW,
  expires_at: NOW + 60,
  consumed_at: null,
  ...overrides,
});

const grant = (overrides: Partial<GrantRecord> = {}): GrantRecord => ({
  id: randomUUID(),
  user_id: randomUUID(),
  portal_id: "acme",
  client_id: randomUUID(),
  scopes: ["openid", "files:read"],
  created_at: NOW,
  updated_at: NOW,
  ...overrides,
});

const refreshToken = (familyId: string, overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord => ({
  token_hash: randomUUID(),
  family_id: familyId,
  scopes: ["openid", "files:read"],
  created_at: NOW,
  expires_at: NOW + 2_592_000,
  rotated_at: null,
  successor: null,
  ...overrides,
});

const accessToken = (familyId: string, overrides: Partial<AccessTokenRecord> = {}): AccessTokenRecord => ({
  jti: randomUUID(),
  family_id: familyId,
  expires_at: NOW + 3600,
  revoked_at: null,
  ...overrides,
});

const issued = (overrides: Partial<TokenFamilyRecord> = {}): IssuedTokens => {
  const family: TokenFamilyRecord = {
    id: randomUUID(),
    grant_id: randomUUID(),
    client_id: randomUUID(),
    user_id: randomUUID(),
    portal_id: "acme",
    auth_time: NOW,
    created_at: NOW,
    revoked_at: null,
    ...overrides,
  };
  return { family, refreshToken: refreshToken(family.id), accessToken: accessToken(family.id) };
};

const signingKey = (overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord => {
  const kid = randomUUID();
  return {
    kid,
    alg: "ES256",
    private_jwk: { kty: "EC", crv: "P-256", x: "eA", y: "eQ", d: "ZA", kid, alg: "ES256" },
    public_jwk: { kty: "EC", crv: "P-256", x: "eA", y: "eQ", kid, alg: "ES256", use: "sig" },
    created_at: NOW,
    retired_at: null,
    ...overrides,
  };
};

const next = (familyId: string) => ({
  refreshToken: refreshToken(familyId),
  accessToken: accessToken(familyId),
  successor: null,
});

const byId =
  <T>(key: keyof T) =>
  (a: T, b: T) =>
    String(a[key]).localeCompare(String(b[key]));

/** How many of `attempts`, started at once, report that they won. */
async function winners(attempts: number, attempt: (i: number) => Promise<boolean>): Promise<number> {
  const results = await Promise.all(Array.from({ length: attempts }, (_, i) => attempt(i)));
  return results.filter(Boolean).length;
}

/**
 * What every engine of the Store interface (types.ts) guarantees, as the lowdb engine defines it.
 * `openFreshStore` opens an empty store; each test gets its own and closes it.
 */
export function describeStoreContract(name: string, openFreshStore: () => Promise<Store>): void {
  describe(`the ${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("isEmpty", () => {
      it("is true for a fresh store and stays true with sessions only", async () => {
        expect(await store.isEmpty()).toBe(true);
        await store.sessions.insert(session());
        expect(await store.isEmpty()).toBe(true);
      });

      it.each([
        ["a portal", (s: Store) => s.portals.insert({ id: "acme", name: "Acme" })],
        ["a user", (s: Store) => s.users.insert(user())],
        ["a client", (s: Store) => s.clients.insert(client())],
      ])("is false once it holds %s", async (_, insert) => {
        await insert(store);
        expect(await store.isEmpty()).toBe(false);
      });
    });

    describe("exclusively", () => {
      it("runs one task at a time, and answers each its own result", async () => {
        const events: string[] = [];
        const task = (label: string) => async () => {
          events.push(`start ${label}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          events.push(`end ${label}`);
          return label;
        };
        const results = await Promise.all([
          store.exclusively(task("a")),
          store.exclusively(task("b")),
          store.exclusively(task("c")),
        ]);
        expect(results).toEqual(["a", "b", "c"]);
        // Never two at once: each start is followed by its own end (the order between them is the engine's).
        expect(events).toHaveLength(6);
        for (let index = 0; index < events.length; index += 2) {
          expect(events[index]?.replace("start", "end")).toBe(events[index + 1]);
        }
        expect(new Set(events)).toEqual(
          new Set(["start a", "end a", "start b", "end b", "start c", "end c"]),
        );
      });

      it("goes on with the next task after one fails, and passes the failure to its caller", async () => {
        const failing = store.exclusively(async () => {
          throw new Error("seeding failed");
        });
        const next = store.exclusively(async () => "next");
        await expect(failing).rejects.toThrow("seeding failed");
        expect(await next).toBe("next");
      });

      it("lets a task use the store", async () => {
        const seeded = await store.exclusively(async () => {
          await store.portals.insert({ id: "acme", name: "Acme" });
          return store.isEmpty();
        });
        expect(seeded).toBe(false);
      });
    });

    describe("portals", () => {
      it("stores and returns a portal; an unknown id is null", async () => {
        await store.portals.insert({ id: "acme", name: "Acme" });
        expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme" });
        expect(await store.portals.get("globex")).toBeNull();
      });

      it("returns copies, and keeps no reference to what was inserted", async () => {
        const portal = { id: "acme", name: "Acme" };
        await store.portals.insert(portal);
        portal.name = "changed after insert";
        const read = await store.portals.get("acme");
        if (read) read.name = "changed after get";
        expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme" });
      });
    });

    describe("users", () => {
      it("finds a user by id and by exact email", async () => {
        const ann = user({ email: "ann@example.com" });
        await store.users.insert(ann);
        expect(await store.users.get(ann.id)).toEqual(ann);
        expect(await store.users.findByEmail("ann@example.com")).toEqual(ann);
        expect(await store.users.findByEmail("bob@example.com")).toBeNull();
        expect(await store.users.get(randomUUID())).toBeNull();
      });

      it("lists the users with an account on a portal", async () => {
        const ann = user({ accounts: [{ portal_id: "acme", role: "owner" }] });
        const bob = user({
          accounts: [
            { portal_id: "globex", role: "admin" },
            { portal_id: "acme", role: "user" },
          ],
        });
        const eve = user({ accounts: [{ portal_id: "globex", role: "user" }] });
        const nobody = user({ accounts: [] });
        for (const each of [ann, bob, eve, nobody]) await store.users.insert(each);
        const acme = await store.users.listByPortal("acme");
        expect(acme.sort(byId("id"))).toEqual([ann, bob].sort(byId("id")));
        expect(await store.users.listByPortal("initech")).toEqual([]);
      });

      it("updates a user", async () => {
        const ann = user();
        await store.users.insert(ann);
        const changed: UserRecord = {
          ...ann,
          display_name: "Ann B. Example",
          password_hash: "$argon2id$new",
          accounts: [...ann.accounts, { portal_id: "globex", role: "admin" }],
        };
        await store.users.update(changed);
        expect(await store.users.get(ann.id)).toEqual(changed);
        expect(await store.users.listByPortal("globex")).toEqual([changed]);
      });

      it("returns copies of nested accounts", async () => {
        const ann = user();
        await store.users.insert(ann);
        ann.accounts.push({ portal_id: "globex", role: "user" });
        const read = await store.users.get(ann.id);
        read?.accounts.splice(0);
        const listed = await store.users.listByPortal("acme");
        listed[0]?.accounts.push({ portal_id: "initech", role: "user" });
        expect((await store.users.get(ann.id))?.accounts).toEqual([{ portal_id: "acme", role: "owner" }]);
      });
    });

    describe("clients", () => {
      it("keeps every field as it was given", async () => {
        const confidential = client();
        const pub = client({
          public: true,
          secret_hash: null,
          enabled: false,
          scopes: [],
          allowed_origins: [],
        });
        await store.clients.insert(confidential);
        await store.clients.insert(pub);
        expect(await store.clients.get(confidential.client_id)).toEqual(confidential);
        expect(await store.clients.get(pub.client_id)).toEqual(pub);
        const read = await store.clients.get(confidential.client_id);
        expect(typeof read?.created_at).toBe("number");
        expect(await store.clients.get(randomUUID())).toBeNull();
      });

      it("lists a portal's clients", async () => {
        const a = client();
        const b = client();
        const other = client({ portal_id: "globex" });
        for (const each of [a, b, other]) await store.clients.insert(each);
        const acme = await store.clients.listByPortal("acme");
        expect(acme.sort(byId("client_id"))).toEqual([a, b].sort(byId("client_id")));
        expect(await store.clients.listByPortal("initech")).toEqual([]);
      });

      it("says whether an enabled client allows an origin", async () => {
        await store.clients.insert(
          client({ allowed_origins: ["https://a.example", "http://localhost:5175"] }),
        );
        await store.clients.insert(client({ allowed_origins: ["https://off.example"], enabled: false }));
        expect(await store.clients.isAllowedOrigin("https://a.example")).toBe(true);
        expect(await store.clients.isAllowedOrigin("http://localhost:5175")).toBe(true);
        expect(await store.clients.isAllowedOrigin("https://off.example")).toBe(false);
        expect(await store.clients.isAllowedOrigin("https://A.example")).toBe(false);
        expect(await store.clients.isAllowedOrigin("https://b.example")).toBe(false);
      });

      it("updates and deletes a client", async () => {
        const notes = client();
        await store.clients.insert(notes);
        const changed: ClientRecord = {
          ...notes,
          name: "Notes 2",
          logo: { media_type: "image/svg+xml", data_base64: "PHN2Zy8+" },
          redirect_uris: ["https://notes.example.com/cb2"],
          allowed_origins: ["https://new.example"],
          enabled: false,
          secret_hash: null,
          updated_at: NOW + 1,
        };
        await store.clients.update(changed);
        expect(await store.clients.get(notes.client_id)).toEqual(changed);
        expect(await store.clients.isAllowedOrigin("https://new.example")).toBe(false);
        await store.clients.delete(notes.client_id);
        expect(await store.clients.get(notes.client_id)).toBeNull();
        expect(await store.clients.listByPortal("acme")).toEqual([]);
        await store.clients.delete(notes.client_id);
      });

      it("returns copies of its lists and logo", async () => {
        const notes = client();
        await store.clients.insert(notes);
        notes.redirect_uris.push("https://evil.example/cb");
        const read = await store.clients.get(notes.client_id);
        read?.scopes.push("files:write");
        if (read) read.logo.data_base64 = "changed";
        const stored = await store.clients.get(notes.client_id);
        expect(stored?.redirect_uris).toEqual([
          "https://notes.example.com/callback",
          "http://localhost:5175/callback",
        ]);
        expect(stored?.scopes).toEqual(["openid", "files:read"]);
        expect(stored?.logo.data_base64).toBe("iVBORw0KGgo=");
      });
    });

    describe("sessions", () => {
      it("stores, updates and deletes a session", async () => {
        const s = session();
        await store.sessions.insert(s);
        expect(await store.sessions.get(s.id_hash)).toEqual(s);
        const chosen: SessionRecord = {
          ...s,
          portal_id: "acme",
          portal_chosen_at: NOW + 5,
          last_seen_at: NOW + 5,
        };
        await store.sessions.update(chosen);
        expect(await store.sessions.get(s.id_hash)).toEqual(chosen);
        await store.sessions.delete(s.id_hash);
        expect(await store.sessions.get(s.id_hash)).toBeNull();
        await store.sessions.delete(s.id_hash);
      });

      it("returns a copy", async () => {
        const s = session();
        await store.sessions.insert(s);
        const read = await store.sessions.get(s.id_hash);
        if (read) read.user_id = "someone else";
        expect(await store.sessions.get(s.id_hash)).toEqual(s);
      });
    });

    describe("interactions", () => {
      it("stores an interaction with its request", async () => {
        const i = interaction();
        await store.interactions.insert(i);
        expect(await store.interactions.get(i.id)).toEqual(i);
        expect(await store.interactions.get(randomUUID())).toBeNull();
      });

      it("completes once: true, then false, keeping the first result", async () => {
        const i = interaction();
        await store.interactions.insert(i);
        const first = { sealed_redirect_to: "sealed-1", completed_at: NOW + 1 };
        expect(await store.interactions.complete(i.id, first)).toBe(true);
        expect(
          await store.interactions.complete(i.id, { sealed_redirect_to: "sealed-2", completed_at: NOW + 2 }),
        ).toBe(false);
        expect(await store.interactions.get(i.id)).toEqual({ ...i, result: first });
      });

      it("does not complete an unknown interaction", async () => {
        expect(
          await store.interactions.complete(randomUUID(), { sealed_redirect_to: "x", completed_at: NOW }),
        ).toBe(false);
      });

      it("completes exactly once when completions race", async () => {
        const i = interaction();
        await store.interactions.insert(i);
        const won = await winners(20, (n) =>
          store.interactions.complete(i.id, { sealed_redirect_to: `sealed-${n}`, completed_at: NOW + n }),
        );
        expect(won).toBe(1);
        const stored = await store.interactions.get(i.id);
        expect(stored?.result?.sealed_redirect_to).toMatch(/^sealed-\d+$/);
      });

      it("returns a copy of the request", async () => {
        const i = interaction();
        await store.interactions.insert(i);
        const read = await store.interactions.get(i.id);
        read?.request.scopes.push("files:write");
        expect((await store.interactions.get(i.id))?.request.scopes).toEqual(["openid", "files:read"]);
      });
    });

    describe("codes", () => {
      it("stores and deletes a code", async () => {
        const c = code({ code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", nonce: null });
        await store.codes.insert(c);
        expect(await store.codes.get(c.code_hash)).toEqual(c);
        await store.codes.delete(c.code_hash);
        expect(await store.codes.get(c.code_hash)).toBeNull();
      });

      it("redeems once: true, then false, keeping the first time and storing what it issued", async () => {
        const c = code();
        await store.codes.insert(c);
        const first = issued({ id: c.family_id });
        expect(await store.codes.redeem(c.code_hash, NOW + 1, first)).toBe(true);
        expect(await store.codes.redeem(c.code_hash, NOW + 2, issued({ id: c.family_id }))).toBe(false);
        expect((await store.codes.get(c.code_hash))?.consumed_at).toBe(NOW + 1);
        expect(await store.tokens.getFamily(c.family_id)).toEqual(first.family);
        expect(await store.tokens.getRefreshToken(first.refreshToken.token_hash)).toEqual(first.refreshToken);
        expect(await store.tokens.getAccessToken(first.accessToken.jti)).toEqual(first.accessToken);
      });

      it("redeems nothing for an unknown code, and stores nothing", async () => {
        const tokens = issued();
        expect(await store.codes.redeem(randomUUID(), NOW, tokens)).toBe(false);
        expect(await store.tokens.getFamily(tokens.family.id)).toBeNull();
        expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toBeNull();
      });

      it("redeems exactly once when redemptions race, storing only the winner's tokens", async () => {
        const c = code();
        await store.codes.insert(c);
        const attempts = Array.from({ length: 50 }, () => issued({ id: c.family_id }));
        const results = await Promise.all(
          attempts.map((tokens, n) => store.codes.redeem(c.code_hash, NOW + n, tokens)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await store.codes.get(c.code_hash))?.consumed_at).not.toBeNull();
        const stored = await Promise.all(
          attempts.map((tokens) => store.tokens.getRefreshToken(tokens.refreshToken.token_hash)),
        );
        expect(stored.filter((token) => token !== null)).toHaveLength(1);
      });

      it("returns a copy", async () => {
        const c = code();
        await store.codes.insert(c);
        const read = await store.codes.get(c.code_hash);
        if (read) read.consumed_at = NOW;
        read?.scopes.push("files:write");
        expect(await store.codes.get(c.code_hash)).toEqual(c);
      });
    });

    describe("grants", () => {
      it("saves, finds and replaces a grant", async () => {
        const g = grant();
        await store.grants.save(g);
        expect(await store.grants.get(g.id)).toEqual(g);
        expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toEqual(g);
        expect(await store.grants.find(g.user_id, "globex", g.client_id)).toBeNull();
        const widened: GrantRecord = {
          ...g,
          scopes: ["openid", "files:read", "files:write"],
          updated_at: NOW + 9,
        };
        await store.grants.save(widened);
        expect(await store.grants.get(g.id)).toEqual(widened);
        expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toEqual(widened);
      });

      it("lists grants by client and by user and portal", async () => {
        const userId = randomUUID();
        const clientId = randomUUID();
        const a = grant({ user_id: userId, client_id: clientId });
        const b = grant({ user_id: userId });
        const c = grant({ user_id: userId, portal_id: "globex", client_id: clientId });
        const d = grant({ client_id: clientId });
        for (const each of [a, b, c, d]) await store.grants.save(each);
        expect((await store.grants.listByClient(clientId)).sort(byId("id"))).toEqual(
          [a, c, d].sort(byId("id")),
        );
        expect((await store.grants.listByUserAndPortal(userId, "acme")).sort(byId("id"))).toEqual(
          [a, b].sort(byId("id")),
        );
        expect(await store.grants.listByClient(randomUUID())).toEqual([]);
      });

      it("revokes: deletes the grant and revokes every family issued under it, and no other", async () => {
        const g = grant();
        const other = grant();
        await store.grants.save(g);
        await store.grants.save(other);
        const first = issued({ grant_id: g.id });
        const second = issued({ grant_id: g.id });
        const earlier = issued({ grant_id: g.id });
        const unrelated = issued({ grant_id: other.id });
        for (const each of [first, second, earlier, unrelated]) await store.tokens.insertFamily(each);
        await store.tokens.revokeFamily(earlier.family.id, NOW + 1);

        await store.grants.revoke(g.id, NOW + 5);
        expect(await store.grants.get(g.id)).toBeNull();
        expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toBeNull();
        expect((await store.tokens.getFamily(first.family.id))?.revoked_at).toBe(NOW + 5);
        expect((await store.tokens.getFamily(second.family.id))?.revoked_at).toBe(NOW + 5);
        expect((await store.tokens.getFamily(earlier.family.id))?.revoked_at).toBe(NOW + 1);
        expect((await store.tokens.getFamily(unrelated.family.id))?.revoked_at).toBeNull();
        expect(await store.grants.get(other.id)).toEqual(other);
        await store.grants.revoke(g.id, NOW + 6);
        await store.grants.revoke(randomUUID(), NOW + 6);
      });

      it("returns copies", async () => {
        const g = grant();
        await store.grants.save(g);
        g.scopes.push("rooms:read");
        const read = await store.grants.find(g.user_id, g.portal_id, g.client_id);
        read?.scopes.push("files:write");
        expect((await store.grants.get(g.id))?.scopes).toEqual(["openid", "files:read"]);
      });
    });

    describe("tokens", () => {
      it("stores a family with its first refresh and access token", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        expect(await store.tokens.getFamily(tokens.family.id)).toEqual(tokens.family);
        expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toEqual(
          tokens.refreshToken,
        );
        expect(await store.tokens.getAccessToken(tokens.accessToken.jti)).toEqual(tokens.accessToken);
        expect(await store.tokens.getFamily(randomUUID())).toBeNull();
        expect(await store.tokens.getRefreshToken(randomUUID())).toBeNull();
        expect(await store.tokens.getAccessToken(randomUUID())).toBeNull();
      });

      it("accepts a second insert of the same family (a racing redemption) and keeps both its tokens", async () => {
        const first = issued();
        const second: IssuedTokens = {
          family: first.family,
          refreshToken: refreshToken(first.family.id),
          accessToken: accessToken(first.family.id),
        };
        await store.tokens.insertFamily(first);
        await store.tokens.insertFamily(second);
        expect(await store.tokens.getFamily(first.family.id)).toEqual(first.family);
        for (const each of [first, second]) {
          expect(await store.tokens.getRefreshToken(each.refreshToken.token_hash)).toEqual(each.refreshToken);
          expect(await store.tokens.getAccessToken(each.accessToken.jti)).toEqual(each.accessToken);
        }
      });

      it("revokes a family once, keeping the first time", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        await store.tokens.revokeFamily(tokens.family.id, NOW + 1);
        await store.tokens.revokeFamily(tokens.family.id, NOW + 2);
        expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBe(NOW + 1);
        await store.tokens.revokeFamily(randomUUID(), NOW);
      });

      it("revokes one access token once, keeping the first time", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        await store.tokens.revokeAccessToken(tokens.accessToken.jti, NOW + 1);
        await store.tokens.revokeAccessToken(tokens.accessToken.jti, NOW + 2);
        expect(await store.tokens.getAccessToken(tokens.accessToken.jti)).toEqual({
          ...tokens.accessToken,
          revoked_at: NOW + 1,
        });
        expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBeNull();
        await store.tokens.revokeAccessToken(randomUUID(), NOW);
      });

      it("rotates a refresh token once: true, then false, storing its successors", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        const successor = { sealed_response: "sealed-pair", until: NOW + 12 };
        const rotation = { ...next(tokens.family.id), successor };
        expect(await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW + 2, rotation)).toBe(
          true,
        );
        expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toEqual({
          ...tokens.refreshToken,
          rotated_at: NOW + 2,
          successor,
        });
        expect(await store.tokens.getRefreshToken(rotation.refreshToken.token_hash)).toEqual(
          rotation.refreshToken,
        );
        expect(await store.tokens.getAccessToken(rotation.accessToken.jti)).toEqual(rotation.accessToken);

        const late = next(tokens.family.id);
        expect(await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW + 3, late)).toBe(
          false,
        );
        expect(await store.tokens.getRefreshToken(late.refreshToken.token_hash)).toBeNull();
        expect(await store.tokens.getAccessToken(late.accessToken.jti)).toBeNull();
        expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.rotated_at).toBe(
          NOW + 2,
        );
      });

      it("rotates with no successor to keep", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        expect(
          await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW, next(tokens.family.id)),
        ).toBe(true);
        expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.successor).toBeNull();
      });

      it("does not rotate an unknown refresh token, nor store its successors", async () => {
        const rotation = next(randomUUID());
        expect(await store.tokens.rotateRefreshToken(randomUUID(), NOW, rotation)).toBe(false);
        expect(await store.tokens.getRefreshToken(rotation.refreshToken.token_hash)).toBeNull();
        expect(await store.tokens.getAccessToken(rotation.accessToken.jti)).toBeNull();
      });

      it("rotates exactly once when refreshes race, storing only the winner's successors", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        const rotations = Array.from({ length: 20 }, () => next(tokens.family.id));
        const results = await Promise.all(
          rotations.map((rotation) =>
            store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW, rotation),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const stored = await Promise.all(
          rotations.map((rotation) => store.tokens.getRefreshToken(rotation.refreshToken.token_hash)),
        );
        expect(stored.map((token) => token !== null)).toEqual(results);
        const access = await Promise.all(
          rotations.map((rotation) => store.tokens.getAccessToken(rotation.accessToken.jti)),
        );
        expect(access.map((token) => token !== null)).toEqual(results);
      });

      it("returns copies", async () => {
        const tokens = issued();
        await store.tokens.insertFamily(tokens);
        tokens.refreshToken.scopes.push("files:write");
        const read = await store.tokens.getRefreshToken(tokens.refreshToken.token_hash);
        read?.scopes.push("rooms:read");
        const family = await store.tokens.getFamily(tokens.family.id);
        if (family) family.revoked_at = NOW;
        expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.scopes).toEqual([
          "openid",
          "files:read",
        ]);
        expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBeNull();
      });
    });

    describe("keys", () => {
      it("lists, inserts and updates signing keys", async () => {
        expect(await store.keys.list()).toEqual([]);
        const old = signingKey({ created_at: NOW - 86_400 });
        const fresh = signingKey();
        await store.keys.insert(old);
        await store.keys.insert(fresh);
        const retired = { ...old, retired_at: NOW };
        await store.keys.update(retired);
        expect((await store.keys.list()).sort(byId("kid"))).toEqual([retired, fresh].sort(byId("kid")));
      });

      it("returns copies of the JWKs", async () => {
        const key = signingKey();
        await store.keys.insert(key);
        const [read] = await store.keys.list();
        if (read) read.private_jwk.d = "changed";
        expect(await store.keys.list()).toEqual([key]);
      });
    });

    describe("throttle", () => {
      it("counts a key's failures since a time, oldest first", async () => {
        expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([]);
        await store.throttle.recordFailure("sign-in:ann", NOW + 3, 0);
        await store.throttle.recordFailure("sign-in:ann", NOW + 5, 0);
        await store.throttle.recordFailure("sign-in:ann", NOW + 5, 0);
        await store.throttle.recordFailure("sign-in:bob", NOW + 4, 0);
        expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([NOW + 3, NOW + 5, NOW + 5]);
        expect(await store.throttle.failures("sign-in:ann", NOW + 4)).toEqual([NOW + 5, NOW + 5]);
        expect(await store.throttle.failures("sign-in:ann", NOW + 6)).toEqual([]);
        expect(await store.throttle.failures("sign-in:bob", 0)).toEqual([NOW + 4]);
      });

      it("forgets a key's failures before `since` when recording one", async () => {
        await store.throttle.recordFailure("client:notes", NOW, 0);
        await store.throttle.recordFailure("client:notes", NOW + 10, 0);
        await store.throttle.recordFailure("client:other", NOW, 0);
        await store.throttle.recordFailure("client:notes", NOW + 20, NOW + 5);
        expect(await store.throttle.failures("client:notes", 0)).toEqual([NOW + 10, NOW + 20]);
        expect(await store.throttle.failures("client:other", 0)).toEqual([NOW]);
      });

      it("resets one key", async () => {
        await store.throttle.recordFailure("sign-in:ann", NOW, 0);
        await store.throttle.recordFailure("sign-in:bob", NOW, 0);
        await store.throttle.reset("sign-in:ann");
        await store.throttle.reset("sign-in:nobody");
        expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([]);
        expect(await store.throttle.failures("sign-in:bob", 0)).toEqual([NOW]);
      });

      it("counts every one of failures recorded at once", async () => {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.throttle.recordFailure("address:203.0.113.9", NOW + i, 0),
          ),
        );
        expect(await store.throttle.failures("address:203.0.113.9", 0)).toHaveLength(20);
      });
    });
  });
}
