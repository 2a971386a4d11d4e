// `tsx src/signing.ts`: jose's signing with WebCrypto CryptoKeys beside node:crypto KeyObjects, in one
// process and one run, RS256 and ES256 (README "Performance"). The two keys take turns signature by
// signature, 50 in flight as the bench's connections, so the machine's load falls on both alike.
// jose 6 hands a KeyObject to WebCrypto too (converted once, then cached), so both reach libuv's pool.
import { generateKeyPairSync, type KeyObject, type webcrypto } from "node:crypto";
import { SignJWT } from "jose";

const SIGNATURES = 6_000;
const IN_FLIGHT = 50;

type Alg = "RS256" | "ES256";
type Key = KeyObject | webcrypto.CryptoKey;

function keyObject(alg: Alg): KeyObject {
  return alg === "RS256"
    ? generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey
    : generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
}

function cryptoKey(key: KeyObject, alg: Alg): Promise<webcrypto.CryptoKey> {
  const algorithm =
    alg === "RS256" ? { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } : { name: "ECDSA", namedCurve: "P-256" };
  return crypto.subtle.importKey("jwk", key.export({ format: "jwk" }), algorithm, false, ["sign"]);
}

/** An access token's claims, as the token endpoint signs them (server/src/domain/tokens.ts). */
const sign = (alg: Alg, key: Key) =>
  new SignJWT({ client_id: "bench", scope: "openid files:read", portal_id: "acme", jti: "j" })
    .setProtectedHeader({ alg, typ: "at+jwt", kid: "k" })
    .setIssuer("https://issuer.example")
    .setSubject("someone")
    .setAudience("https://issuer.example/api/2.0")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(key);

/** Mean milliseconds per signature of each key, the keys taking turns. */
async function alternate(alg: Alg, keys: { CryptoKey: Key; KeyObject: Key }) {
  const spent = { CryptoKey: 0, KeyObject: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < SIGNATURES) {
        const which = next % 2 === 0 ? "CryptoKey" : "KeyObject";
        next += 1;
        const started = performance.now();
        await sign(alg, keys[which]);
        spent[which] += performance.now() - started;
      }
    }),
  );
  return { CryptoKey: spent.CryptoKey / (SIGNATURES / 2), KeyObject: spent.KeyObject / (SIGNATURES / 2) };
}

for (const alg of ["RS256", "ES256"] as const) {
  const object = keyObject(alg);
  const keys = { CryptoKey: await cryptoKey(object, alg), KeyObject: object };
  await alternate(alg, keys); // warm-up: jose converts and caches the KeyObject here
  const ms = await alternate(alg, keys);
  console.log(
    `${alg}: CryptoKey ${ms.CryptoKey.toFixed(3)} ms, KeyObject ${ms.KeyObject.toFixed(3)} ms per signature (${IN_FLIGHT} in flight), CryptoKey / KeyObject time ${(ms.CryptoKey / ms.KeyObject).toFixed(2)}, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? "4 (libuv's default)"}`,
  );
}
