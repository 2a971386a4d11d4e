import type { webcrypto } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { KeyRepository, SigningKeyRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";

export const SIGNING_ALG = "ES256";

type CryptoKey = webcrypto.CryptoKey;

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

/** The signing keys: one signs, retired ones stay published until every token they signed has expired. */
export interface KeyRing {
  /** The key that signs now, rotating first when it is older than the rotation period. */
  currentKey(): Promise<SigningKey>;
  /** The public keys to publish. @see RFC 7517 §5 */
  publicJwks(): Promise<{ keys: JWK[] }>;
  /** The public key with `kid`, if it is still published. */
  verificationKey(kid: string): Promise<CryptoKey | null>;
}

interface KeyRingOptions {
  keys: KeyRepository;
  clock: Clock;
  /** Seconds a key signs before a new one takes over (docs/configuration.md#variables `KEY_ROTATION`). */
  rotation: number;
  /** The longest lifetime of anything signed, so a retired key stays published that long. */
  longestTokenLifetime: number;
}

/** The longest lifetime of anything we sign (access and ID tokens share it): a retired key stays published that long. */
export const longestSignedLifetime = (config: { accessTokenTtl: number }): number => config.accessTokenTtl;

async function createSigningKey(now: number): Promise<SigningKeyRecord> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    alg: SIGNING_ALG,
    private_jwk: { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG },
    public_jwk: { ...publicJwk, kid, alg: SIGNING_ALG, use: "sig" },
    created_at: now,
    retired_at: null,
  };
}

export function openKeyRing({ keys, clock, rotation, longestTokenLifetime }: KeyRingOptions): KeyRing {
  const imported = new Map<string, Promise<CryptoKey>>();
  const importKey = (jwk: Record<string, unknown>, kid: string, use: "private" | "public") => {
    const cacheKey = `${use}:${kid}`;
    let key = imported.get(cacheKey);
    if (!key) {
      key = importJWK(jwk, SIGNING_ALG) as Promise<CryptoKey>;
      imported.set(cacheKey, key);
    }
    return key;
  };

  let current: SigningKeyRecord | null = null;
  let rotating: Promise<SigningKeyRecord> | null = null;

  /** Loads the newest active key, creating the first one or rotating an old one; one at a time. */
  async function activeKey(): Promise<SigningKeyRecord> {
    const now = epochSeconds(clock);
    if (current && now - current.created_at < rotation) return current;
    rotating ??= (async () => {
      const stored = await keys.list();
      const active = stored
        .filter((key) => key.retired_at === null)
        .sort((a, b) => b.created_at - a.created_at)[0];
      if (active && now - active.created_at < rotation) return active;
      const fresh = await createSigningKey(now);
      await keys.insert(fresh);
      if (active) await keys.update({ ...active, retired_at: now });
      return fresh;
    })().finally(() => {
      rotating = null;
    });
    current = await rotating;
    return current;
  }

  async function publishedKeys(): Promise<SigningKeyRecord[]> {
    await activeKey();
    const now = epochSeconds(clock);
    return (await keys.list())
      .filter((key) => key.retired_at === null || key.retired_at + longestTokenLifetime > now)
      .sort((a, b) => b.created_at - a.created_at);
  }

  return {
    async currentKey() {
      const record = await activeKey();
      return { kid: record.kid, key: await importKey(record.private_jwk, record.kid, "private") };
    },
    async publicJwks() {
      return { keys: (await publishedKeys()).map((key) => key.public_jwk as JWK) };
    },
    async verificationKey(kid) {
      const record = (await publishedKeys()).find((key) => key.kid === kid);
      return record ? importKey(record.public_jwk, record.kid, "public") : null;
    },
  };
}
