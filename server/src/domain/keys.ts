import type { webcrypto } from "node:crypto";
import { ID_TOKEN_SIGNING_ALGS, type SigningAlg } from "@gatehouse/shared";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { KeyRepository, SigningKeyRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";

/** Access tokens are always ES256 (docs/api.md#access-tokens). @see RFC 9068 §2.1 */
export const ACCESS_TOKEN_ALG = "ES256" satisfies SigningAlg;

/** Every algorithm the ring keeps a key for: one key of each signs at a time. */
export const SIGNING_ALGS: readonly SigningAlg[] = ID_TOKEN_SIGNING_ALGS;

/** RSA keys below 2048 bits must not be used. @see RFC 7518 §3.3 */
const RSA_MODULUS_LENGTH = 2048;

type CryptoKey = webcrypto.CryptoKey;

export interface SigningKey {
  kid: string;
  alg: SigningAlg;
  key: CryptoKey;
}

/** The signing keys: one per algorithm signs, retired ones stay published until every token they signed has expired. */
export interface KeyRing {
  /** The key of `alg` that signs now, rotating first when it is older than the rotation period. */
  currentKey(alg: SigningAlg): Promise<SigningKey>;
  /** The public keys to publish, of every algorithm. @see RFC 7517 §5 */
  publicJwks(): Promise<{ keys: JWK[] }>;
  /** The public key with `kid` and the algorithm it verifies, if it is still published. */
  verificationKey(kid: string): Promise<SigningKey | null>;
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

/** A new key pair for `alg`, made by jose on node:crypto; its `kid` is its JWK thumbprint (RFC 7638). */
async function createSigningKey(alg: SigningAlg, now: number): Promise<SigningKeyRecord> {
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === "RS256" ? { modulusLength: RSA_MODULUS_LENGTH } : {}),
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    alg,
    private_jwk: { ...(await exportJWK(privateKey)), kid, alg },
    public_jwk: { ...publicJwk, kid, alg, use: "sig" },
    created_at: now,
    retired_at: null,
  };
}

export function openKeyRing({ keys, clock, rotation, longestTokenLifetime }: KeyRingOptions): KeyRing {
  const imported = new Map<string, Promise<CryptoKey>>();
  const importKey = (record: SigningKeyRecord, use: "private" | "public") => {
    const cacheKey = `${use}:${record.kid}`;
    let key = imported.get(cacheKey);
    if (!key) {
      key = importJWK(
        use === "private" ? record.private_jwk : record.public_jwk,
        record.alg,
      ) as Promise<CryptoKey>;
      imported.set(cacheKey, key);
    }
    return key;
  };

  const current = new Map<SigningAlg, SigningKeyRecord>();
  const rotating = new Map<SigningAlg, Promise<SigningKeyRecord>>();

  /** Loads the newest active key of `alg`, creating the first one or rotating an old one; one at a time. */
  async function activeKey(alg: SigningAlg): Promise<SigningKeyRecord> {
    const now = epochSeconds(clock);
    const known = current.get(alg);
    if (known && now - known.created_at < rotation) return known;
    let pending = rotating.get(alg);
    if (!pending) {
      pending = (async () => {
        const active = (await keys.list())
          .filter((key) => key.alg === alg && key.retired_at === null)
          .sort((a, b) => b.created_at - a.created_at)[0];
        if (active && now - active.created_at < rotation) return active;
        const fresh = await createSigningKey(alg, now);
        await keys.insert(fresh);
        if (active) await keys.update({ ...active, retired_at: now });
        return fresh;
      })().finally(() => {
        rotating.delete(alg);
      });
      rotating.set(alg, pending);
    }
    const record = await pending;
    current.set(alg, record);
    return record;
  }

  async function publishedKeys(): Promise<SigningKeyRecord[]> {
    for (const alg of SIGNING_ALGS) await activeKey(alg);
    const now = epochSeconds(clock);
    return (await keys.list())
      .filter((key) => key.retired_at === null || key.retired_at + longestTokenLifetime > now)
      .sort((a, b) => b.created_at - a.created_at || a.alg.localeCompare(b.alg));
  }

  return {
    async currentKey(alg) {
      const record = await activeKey(alg);
      return { kid: record.kid, alg, key: await importKey(record, "private") };
    },
    async publicJwks() {
      return { keys: (await publishedKeys()).map((key) => key.public_jwk as JWK) };
    },
    async verificationKey(kid) {
      const record = (await publishedKeys()).find((key) => key.kid === kid);
      return record ? { kid, alg: record.alg, key: await importKey(record, "public") } : null;
    },
  };
}
