import type { Adapter, AdapterPayload } from "oidc-provider";

/**
 * node-oidc-provider's store as a plain in-memory Map. Its own MemoryAdapter is an LRU of 1,000
 * entries, which would evict the codes a run mints before its load starts.
 */
const entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
const byGrant = new Map<string, string[]>();
const sessionByUid = new Map<string, string>();

const now = () => Date.now();

export class MapAdapter implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string) {
    return `${this.model}:${id}`;
  }

  private read(key: string): AdapterPayload | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const key = this.key(id);
    entries.set(key, { payload, expiresAt: now() + expiresIn * 1000 });
    if (this.model === "Session" && payload.uid) sessionByUid.set(payload.uid, id);
    if (payload.grantId) {
      const keys = byGrant.get(payload.grantId) ?? [];
      keys.push(key);
      byGrant.set(payload.grantId, keys);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.read(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = sessionByUid.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(): Promise<AdapterPayload | undefined> {
    return undefined; // no device flow here
  }

  async consume(id: string): Promise<void> {
    const payload = this.read(this.key(id));
    if (payload) payload.consumed = Math.floor(now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of byGrant.get(grantId) ?? []) entries.delete(key);
    byGrant.delete(grantId);
  }
}
