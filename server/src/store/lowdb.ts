import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { TextFile } from "lowdb/node";
import { clonePlain } from "./clone.ts";
import { type Change, type Journal, openJournal, readJournal } from "./journal.ts";
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

interface Tables {
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

type TableName = keyof Tables;

/** In memory each table is a Map: no prototype keys, and no string internalising per lookup. */
type MemoryTables = { [T in TableName]: Map<string, Tables[T][string]> };

interface Snapshot extends Tables {
  version: 1;
  /** The first journal generation not folded into this snapshot. */
  journal_generation: number;
}

/** Every table, once: a `Record` over the names, so the compiler notices one left out. */
const TABLE_NAMES = Object.keys({
  portals: true,
  users: true,
  clients: true,
  sessions: true,
  interactions: true,
  codes: true,
  grants: true,
  families: true,
  refresh_tokens: true,
  access_tokens: true,
  keys: true,
  throttle: true,
} satisfies Record<TableName, true>) as TableName[];

/** Records leave and enter the engine as copies, so no caller can change stored data behind its back. */
const copy = clonePlain;
const copyOrNull = <T>(value: T | undefined): T | null => (value === undefined ? null : copy(value));

/**
 * The journal is folded into a new snapshot once it holds this much and more than the snapshot
 * itself: a compaction costs the snapshot's size, so it comes after at least as much journal
 * (each byte rewritten about once), and a restart replays at most about a snapshot's worth.
 */
const COMPACT_AFTER_BYTES = 64 * 1024 * 1024;
/** Expired records are kept this long past their expiry before a compaction drops them. */
const PRUNE_AFTER_SECONDS = 24 * 60 * 60;

export interface LowdbOptions {
  /** The time used to prune long-expired records at compaction. */
  clock?: () => number;
}

/** Records past their expiry (plus a day), dropped when the journal is folded into a snapshot. */
function pruneExpired(tables: MemoryTables, now: number): void {
  const cutoff = now - PRUNE_AFTER_SECONDS;
  const expired = <T extends { expires_at: number }>(table: Map<string, T>) => {
    for (const [key, record] of table) if (record.expires_at < cutoff) table.delete(key);
  };
  expired(tables.codes);
  expired(tables.interactions);
  expired(tables.sessions);
  expired(tables.access_tokens);
  expired(tables.refresh_tokens);
  for (const [key, times] of tables.throttle) {
    if ((times[times.length - 1] ?? 0) < cutoff) tables.throttle.delete(key);
  }
}

/** Records serialised between two turns of the event loop while a snapshot is written. */
const SNAPSHOT_SLICE = 250;

/**
 * The tables as the snapshot's JSON, without holding the event loop: the entries are taken at one
 * instant (records are replaced, never changed in place, so that is a consistent cut), then
 * serialised a slice at a time. One `JSON.stringify` of 100,000 grants held it ≈ 200 ms.
 */
async function serializeSnapshot(tables: MemoryTables, journalGeneration: number): Promise<string> {
  const cut = TABLE_NAMES.map((table) => [table, [...(tables[table] as Map<string, unknown>)]] as const);
  const parts = [`{"version":1,"journal_generation":${journalGeneration}`];
  for (const [table, entries] of cut) {
    parts.push(`,"${table}":{`);
    for (let start = 0; start < entries.length; start += SNAPSHOT_SLICE) {
      const slice = entries.slice(start, start + SNAPSHOT_SLICE);
      parts.push(
        `${start > 0 ? "," : ""}${slice.map(([key, record]) => `${JSON.stringify(key)}:${JSON.stringify(record)}`).join(",")}`,
      );
      await yieldToEventLoop();
    }
    parts.push("}");
  }
  parts.push("}");
  return parts.join("");
}

/**
 * The embedded engine. Everything lives in memory; on disk it is a JSON snapshot (`gatehouse.json`,
 * written whole through lowdb's TextFile adapter, whose steno writer writes a temp file, then renames) plus an
 * append-only journal of the changes since, written with group commit (see `journal.ts`). So a
 * write costs the size of what changed, not of the store, and a crash leaves the snapshot whole and
 * the journal complete up to its last full line. Each operation changes memory synchronously —
 * atomic within this process — and resolves only once its change is on disk.
 */
export async function openLowdbStore(dataDir: string, options: LowdbOptions = {}): Promise<Store> {
  const clock = options.clock ?? Date.now;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const snapshotFile = new TextFile(path.join(dataDir, "gatehouse.json"));
  const text = await snapshotFile.read();
  let snapshotBytes = text?.length ?? 0; // characters: JSON of ASCII keys and mostly ASCII values
  const snapshot: Partial<Snapshot> = text === null ? {} : JSON.parse(text);
  // A snapshot written by an older version lacks the newer tables: they start empty.
  const tables = Object.fromEntries(
    TABLE_NAMES.map((table) => [table, new Map(Object.entries(snapshot[table] ?? {}))]),
  ) as unknown as MemoryTables;
  let journalGeneration = snapshot.journal_generation ?? 0;

  const apply = ([table, key, value]: Change) => {
    const rows = tables[table as TableName] as Map<string, unknown>;
    if (value === null) rows.delete(key);
    else rows.set(key, value);
  };
  const replayed = await readJournal(dataDir, journalGeneration);
  for (const changes of replayed.changes) for (const change of changes) apply(change);

  // Lookups the endpoints make by something other than the key.
  const grantKey = (grant: Pick<GrantRecord, "user_id" | "portal_id" | "client_id">) =>
    `${grant.user_id}\u0000${grant.portal_id}\u0000${grant.client_id}`;
  const grantsByTriple = new Map<string, string>();
  const usersByEmail = new Map<string, string>();
  for (const grant of tables.grants.values()) grantsByTriple.set(grantKey(grant), grant.id);
  for (const user of tables.users.values()) usersByEmail.set(user.email, user.id);

  const journal: Journal = await openJournal(dataDir, replayed.last + 1);
  let compacting: Promise<void> | null = null;

  /** Folds the journal into a new snapshot: rotate first, so later writes land in the new generation. */
  async function compact(): Promise<void> {
    await journal.rotate();
    journalGeneration = journal.generation;
    pruneExpired(tables, Math.floor(clock() / 1000));
    const serialized = await serializeSnapshot(tables, journalGeneration);
    await snapshotFile.write(serialized);
    snapshotBytes = serialized.length;
    await journal.dropBefore(journal.generation);
  }

  // Start from a fresh snapshot when there was anything to replay; otherwise the older
  // generations hold nothing the snapshot lacks.
  if (replayed.changes.length > 0) await compact();
  else await journal.dropBefore(journal.generation);

  /** Makes `changes` durable; every mutation ends here. */
  async function commit(changes: Change[]): Promise<void> {
    await journal.append(changes);
    if (journal.size > Math.max(COMPACT_AFTER_BYTES, snapshotBytes) && !compacting) {
      compacting = compact().finally(() => {
        compacting = null;
      });
    }
  }

  /** Writes a record into memory and returns its change for the journal. */
  function put<T extends TableName>(table: T, key: string, value: Tables[T][string]): Change {
    const stored = copy(value);
    (tables[table] as Map<string, unknown>).set(key, stored);
    if (table === "grants") grantsByTriple.set(grantKey(stored as GrantRecord), key);
    if (table === "users") usersByEmail.set((stored as UserRecord).email, key);
    return [table, key, stored];
  }

  function remove(table: TableName, key: string): Change {
    const rows = tables[table] as Map<string, unknown>;
    const existing = rows.get(key);
    if (table === "grants" && existing) grantsByTriple.delete(grantKey(existing as GrantRecord));
    if (table === "users" && existing) usersByEmail.delete((existing as UserRecord).email);
    rows.delete(key);
    return [table, key, null];
  }

  /** The tail of the `exclusively` queue: one process owns the files, so a promise chain suffices. */
  let exclusiveTail: Promise<unknown> = Promise.resolve();

  return {
    portals: {
      get: async (id) => copyOrNull(tables.portals.get(id)),
      insert: (portal) => commit([put("portals", portal.id, portal)]),
    },
    users: {
      get: async (id) => copyOrNull(tables.users.get(id)),
      findByEmail: async (email) => {
        const id = usersByEmail.get(email);
        return id === undefined ? null : copyOrNull(tables.users.get(id));
      },
      listByPortal: async (portalId) =>
        copy(
          [...tables.users.values()].filter((user) =>
            user.accounts.some((account) => account.portal_id === portalId),
          ),
        ),
      insert: (user) => commit([put("users", user.id, user)]),
      update: async (user) => {
        const previous = tables.users.get(user.id);
        if (!previous) return;
        if (previous.email !== user.email) usersByEmail.delete(previous.email);
        await commit([put("users", user.id, user)]);
      },
    },
    clients: {
      get: async (clientId) => copyOrNull(tables.clients.get(clientId)),
      listByPortal: async (portalId) =>
        copy([...tables.clients.values()].filter((client) => client.portal_id === portalId)),
      isAllowedOrigin: async (origin) =>
        [...tables.clients.values()].some(
          (client) => client.enabled && client.allowed_origins.includes(origin),
        ),
      insert: (client) => commit([put("clients", client.client_id, client)]),
      update: async (client) => {
        if (tables.clients.get(client.client_id)) await commit([put("clients", client.client_id, client)]);
      },
      delete: (clientId) => commit([remove("clients", clientId)]),
    },
    sessions: {
      get: async (idHash) => copyOrNull(tables.sessions.get(idHash)),
      insert: (session) => commit([put("sessions", session.id_hash, session)]),
      // Never brings back a session a sign-out deleted meanwhile.
      update: async (session) => {
        if (tables.sessions.get(session.id_hash)) await commit([put("sessions", session.id_hash, session)]);
      },
      delete: (idHash) => commit([remove("sessions", idHash)]),
    },
    interactions: {
      get: async (id) => copyOrNull(tables.interactions.get(id)),
      insert: (interaction) => commit([put("interactions", interaction.id, interaction)]),
      complete: async (id, result) => {
        const interaction = tables.interactions.get(id);
        if (!interaction || interaction.result) return false;
        await commit([put("interactions", id, { ...interaction, result })]);
        return true;
      },
    },
    codes: {
      get: async (codeHash) => copyOrNull(tables.codes.get(codeHash)),
      insert: (code) => commit([put("codes", code.code_hash, code)]),
      redeem: async (codeHash, at, { family, refreshToken, accessToken }) => {
        const code = tables.codes.get(codeHash);
        if (!code || code.consumed_at !== null) return false;
        await commit([
          put("codes", codeHash, { ...code, consumed_at: at }),
          ...(tables.families.get(family.id) ? [] : [put("families", family.id, family)]),
          put("refresh_tokens", refreshToken.token_hash, refreshToken),
          put("access_tokens", accessToken.jti, accessToken),
        ]);
        return true;
      },
      delete: (codeHash) => commit([remove("codes", codeHash)]),
    },
    grants: {
      get: async (id) => copyOrNull(tables.grants.get(id)),
      find: async (userId, portalId, clientId) => {
        const id = grantsByTriple.get(
          grantKey({ user_id: userId, portal_id: portalId, client_id: clientId }),
        );
        return id === undefined ? null : copyOrNull(tables.grants.get(id));
      },
      save: async (grant) => {
        const existingId = grantsByTriple.get(grantKey(grant));
        const existing = existingId === undefined ? undefined : tables.grants.get(existingId);
        const stored = existing ? { ...existing, scopes: grant.scopes, updated_at: grant.updated_at } : grant;
        await commit([put("grants", stored.id, stored)]);
        return copy(stored);
      },
      revoke: (id, at) => {
        const changes = [remove("grants", id)];
        for (const family of [...tables.families.values()]) {
          if (family.grant_id === id && family.revoked_at === null) {
            changes.push(put("families", family.id, { ...family, revoked_at: at }));
          }
        }
        return commit(changes);
      },
      listByClient: async (clientId) =>
        copy([...tables.grants.values()].filter((grant) => grant.client_id === clientId)),
      listByUserAndPortal: async (userId, portalId) =>
        copy(
          [...tables.grants.values()].filter(
            (grant) => grant.user_id === userId && grant.portal_id === portalId,
          ),
        ),
    },
    tokens: {
      // A family stored before (a racing redemption) is kept as it is, revocation included.
      insertFamily: ({ family, refreshToken, accessToken }) =>
        commit([
          ...(tables.families.get(family.id) ? [] : [put("families", family.id, family)]),
          put("refresh_tokens", refreshToken.token_hash, refreshToken),
          put("access_tokens", accessToken.jti, accessToken),
        ]),
      getFamily: async (id) => copyOrNull(tables.families.get(id)),
      revokeFamily: async (id, at) => {
        const family = tables.families.get(id);
        if (!family || family.revoked_at !== null) return;
        await commit([put("families", id, { ...family, revoked_at: at })]);
      },
      getRefreshToken: async (tokenHash) => copyOrNull(tables.refresh_tokens.get(tokenHash)),
      getAccessToken: async (jti) => copyOrNull(tables.access_tokens.get(jti)),
      rotateRefreshToken: async (tokenHash, at, { refreshToken, accessToken, successor }) => {
        const current = tables.refresh_tokens.get(tokenHash);
        if (!current || current.rotated_at !== null) return false;
        await commit([
          put("refresh_tokens", tokenHash, { ...current, rotated_at: at, successor }),
          put("refresh_tokens", refreshToken.token_hash, refreshToken),
          put("access_tokens", accessToken.jti, accessToken),
        ]);
        return true;
      },
      revokeAccessToken: async (jti, at) => {
        const token = tables.access_tokens.get(jti);
        if (!token || token.revoked_at !== null) return;
        await commit([put("access_tokens", jti, { ...token, revoked_at: at })]);
      },
    },
    keys: {
      list: async () => copy([...tables.keys.values()]),
      insert: (key) => commit([put("keys", key.kid, key)]),
      update: async (key) => {
        if (tables.keys.get(key.kid)) await commit([put("keys", key.kid, key)]);
      },
    },
    throttle: {
      failures: async (key, since) => (tables.throttle.get(key) ?? []).filter((at) => at >= since),
      recordFailure: (key, at, since) =>
        commit([
          put("throttle", key, [...(tables.throttle.get(key) ?? []).filter((time) => time >= since), at]),
        ]),
      reset: async (key) => {
        if (!tables.throttle.has(key)) return;
        await commit([remove("throttle", key)]);
      },
    },
    isEmpty: async () => tables.portals.size === 0 && tables.users.size === 0 && tables.clients.size === 0,
    exclusively: (task) => {
      const run = exclusiveTail.then(task, task);
      exclusiveTail = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      await compacting;
      await compact();
      await journal.close();
    },
  };
}
