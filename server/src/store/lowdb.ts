import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import type {
  AccessTokenRecord,
  ClientRecord,
  CodeRecord,
  GrantRecord,
  InteractionRecord,
  PortalRecord,
  RefreshTokenRecord,
  SessionRecord,
  SigningKeyRecord,
  Store,
  TokenFamilyRecord,
  UserRecord,
} from "./types.ts";

interface Data {
  version: 1;
  portals: Record<string, PortalRecord>;
  users: Record<string, UserRecord>;
  clients: Record<string, ClientRecord>;
  sessions: Record<string, SessionRecord>;
  interactions: Record<string, InteractionRecord>;
  codes: Record<string, CodeRecord>;
  grants: Record<string, GrantRecord>;
  families: Record<string, TokenFamilyRecord>;
  refresh_tokens: Record<string, RefreshTokenRecord>;
  access_tokens: Record<string, AccessTokenRecord>;
  keys: Record<string, SigningKeyRecord>;
  throttle: Record<string, number[]>;
}

const emptyData = (): Data => ({
  version: 1,
  portals: {},
  users: {},
  clients: {},
  sessions: {},
  interactions: {},
  codes: {},
  grants: {},
  families: {},
  refresh_tokens: {},
  access_tokens: {},
  keys: {},
  throttle: {},
});

/** Records leave and enter the engine as copies, so no caller can change stored data behind its back. */
const copy = <T>(value: T): T => structuredClone(value);
const copyOrNull = <T>(value: T | undefined): T | null => (value === undefined ? null : copy(value));

/**
 * The embedded engine: one JSON file in `dataDir`, held in memory and written whole through
 * lowdb's steno writer (write to a temp file, then rename: a crash leaves the old or the new file).
 * Each operation changes memory synchronously, so it is atomic within this process, and resolves
 * only once the change is on disk.
 */
export async function openLowdbStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const db = new Low<Data>(new JSONFile<Data>(path.join(dataDir, "gatehouse.json")), emptyData());
  await db.read();
  // A file written by an older version lacks the newer collections: start them empty.
  db.data = { ...emptyData(), ...db.data };
  const data = db.data;
  const persist = () => db.write();

  return {
    portals: {
      get: async (id) => copyOrNull(data.portals[id]),
      insert: async (portal) => {
        data.portals[portal.id] = copy(portal);
        await persist();
      },
    },
    users: {
      get: async (id) => copyOrNull(data.users[id]),
      findByEmail: async (email) =>
        copyOrNull(Object.values(data.users).find((user) => user.email === email)),
      listByPortal: async (portalId) =>
        copy(
          Object.values(data.users).filter((user) =>
            user.accounts.some((account) => account.portal_id === portalId),
          ),
        ),
      insert: async (user) => {
        data.users[user.id] = copy(user);
        await persist();
      },
      update: async (user) => {
        data.users[user.id] = copy(user);
        await persist();
      },
    },
    clients: {
      get: async (clientId) => copyOrNull(data.clients[clientId]),
      listByPortal: async (portalId) =>
        copy(Object.values(data.clients).filter((client) => client.portal_id === portalId)),
      isAllowedOrigin: async (origin) =>
        Object.values(data.clients).some(
          (client) => client.enabled && client.allowed_origins.includes(origin),
        ),
      insert: async (client) => {
        data.clients[client.client_id] = copy(client);
        await persist();
      },
      update: async (client) => {
        data.clients[client.client_id] = copy(client);
        await persist();
      },
      delete: async (clientId) => {
        delete data.clients[clientId];
        await persist();
      },
    },
    sessions: {
      get: async (idHash) => copyOrNull(data.sessions[idHash]),
      insert: async (session) => {
        data.sessions[session.id_hash] = copy(session);
        await persist();
      },
      update: async (session) => {
        data.sessions[session.id_hash] = copy(session);
        await persist();
      },
      delete: async (idHash) => {
        delete data.sessions[idHash];
        await persist();
      },
    },
    interactions: {
      get: async (id) => copyOrNull(data.interactions[id]),
      insert: async (interaction) => {
        data.interactions[interaction.id] = copy(interaction);
        await persist();
      },
      complete: async (id, result) => {
        const interaction = data.interactions[id];
        if (!interaction || interaction.result) return false;
        interaction.result = copy(result);
        await persist();
        return true;
      },
    },
    codes: {
      get: async (codeHash) => copyOrNull(data.codes[codeHash]),
      insert: async (code) => {
        data.codes[code.code_hash] = copy(code);
        await persist();
      },
      consume: async (codeHash, at) => {
        const code = data.codes[codeHash];
        if (!code || code.consumed_at !== null) return false;
        code.consumed_at = at;
        await persist();
        return true;
      },
      delete: async (codeHash) => {
        delete data.codes[codeHash];
        await persist();
      },
    },
    grants: {
      get: async (id) => copyOrNull(data.grants[id]),
      find: async (userId, portalId, clientId) =>
        copyOrNull(
          Object.values(data.grants).find(
            (grant) =>
              grant.user_id === userId && grant.portal_id === portalId && grant.client_id === clientId,
          ),
        ),
      save: async (grant) => {
        data.grants[grant.id] = copy(grant);
        await persist();
      },
      revoke: async (id, at) => {
        delete data.grants[id];
        for (const family of Object.values(data.families)) {
          if (family.grant_id === id && family.revoked_at === null) family.revoked_at = at;
        }
        await persist();
      },
      listByClient: async (clientId) =>
        copy(Object.values(data.grants).filter((grant) => grant.client_id === clientId)),
      listByUserAndPortal: async (userId, portalId) =>
        copy(
          Object.values(data.grants).filter(
            (grant) => grant.user_id === userId && grant.portal_id === portalId,
          ),
        ),
    },
    tokens: {
      insertFamily: async ({ family, refreshToken, accessToken }) => {
        data.families[family.id] = copy(family);
        data.refresh_tokens[refreshToken.token_hash] = copy(refreshToken);
        data.access_tokens[accessToken.jti] = copy(accessToken);
        await persist();
      },
      getFamily: async (id) => copyOrNull(data.families[id]),
      revokeFamily: async (id, at) => {
        const family = data.families[id];
        if (!family || family.revoked_at !== null) return;
        family.revoked_at = at;
        await persist();
      },
      getRefreshToken: async (tokenHash) => copyOrNull(data.refresh_tokens[tokenHash]),
      getAccessToken: async (jti) => copyOrNull(data.access_tokens[jti]),
      rotateRefreshToken: async (tokenHash, at, { refreshToken, accessToken, successor }) => {
        const current = data.refresh_tokens[tokenHash];
        if (!current || current.rotated_at !== null) return false;
        current.rotated_at = at;
        current.successor = copy(successor);
        data.refresh_tokens[refreshToken.token_hash] = copy(refreshToken);
        data.access_tokens[accessToken.jti] = copy(accessToken);
        await persist();
        return true;
      },
      revokeAccessToken: async (jti, at) => {
        const token = data.access_tokens[jti];
        if (!token || token.revoked_at !== null) return;
        token.revoked_at = at;
        await persist();
      },
    },
    keys: {
      list: async () => copy(Object.values(data.keys)),
      insert: async (key) => {
        data.keys[key.kid] = copy(key);
        await persist();
      },
      update: async (key) => {
        data.keys[key.kid] = copy(key);
        await persist();
      },
    },
    throttle: {
      failures: async (key, since) => (data.throttle[key] ?? []).filter((at) => at >= since),
      recordFailure: async (key, at, since) => {
        data.throttle[key] = [...(data.throttle[key] ?? []).filter((time) => time >= since), at];
        await persist();
      },
      reset: async (key) => {
        if (!(key in data.throttle)) return;
        delete data.throttle[key];
        await persist();
      },
    },
    isEmpty: async () =>
      Object.keys(data.portals).length === 0 &&
      Object.keys(data.users).length === 0 &&
      Object.keys(data.clients).length === 0,
    close: async () => {
      await persist();
    },
  };
}
