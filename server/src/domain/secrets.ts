import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { nanoid } from "nanoid";

/**
 * A random opaque value with `bytes` bytes of entropy, as many base64url characters as those bytes
 * encode to (6 bits each): codes, refresh tokens, client secrets, session and interaction ids.
 * nanoid draws from the CSPRNG through a pool, a fraction of a `randomBytes` call each.
 */
export function randomToken(bytes = 32): string {
  return nanoid(Math.ceil((bytes * 8) / 6));
}

export const randomId = (): string => randomUUID();

/** SHA-256, base64url: how codes, tokens, session ids and client secrets are stored. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** Compares two strings in time that does not depend on where they differ (hash first: equal lengths). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right);
}

const sealingKey = (secret: string, context: string): Buffer =>
  Buffer.from(hkdfSync("sha256", secret, "gatehouse", context, 32));

/**
 * Encrypts `plaintext` (AES-256-GCM) under a key derived from `secret`, a value the store never
 * holds, so what is sealed stays unreadable in the store. `context` binds the seal to one record.
 */
export function seal(secret: string, context: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(secret, context), iv);
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** Opens what `seal` sealed with the same secret and context; throws when it was altered. */
export function unseal(secret: string, context: string, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", sealingKey(secret, context), bytes.subarray(0, 12), {
    authTagLength: 16,
  });
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}

/**
 * True when `secret` hashes to `storedHash`; compared in constant time (docs/security.md#secrets-at-rest).
 * Both sides are already SHA-256 digests of one length, so they are compared as they are: hashing them
 * again, as `constantTimeEqual` must for strings of any length, cost two more digests a token request.
 */
export function verifyClientSecret(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(sha256(secret));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * argon2id at OWASP's minimum: 19 MiB, two passes, one lane.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 */
/** `Algorithm.Argon2id` of @node-rs/argon2, an ambient const enum that isolated modules cannot import. */
const ARGON2ID_ALGORITHM = 2;

const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** A hash of a password nobody has, verified for unknown emails so they cost what a wrong password costs. */
let dummyHash: Promise<string> | undefined;

/** Verifies `password` against `passwordHash`, or against a dummy hash when there is no user, in the same time. */
export async function verifyPassword(password: string, passwordHash: string | null): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword(randomToken());
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
