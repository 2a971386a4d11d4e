import { type KeyRing, SIGNING_ALGS } from "../domain/keys.ts";
import type { Store } from "../store/types.ts";

/** A check that has not answered within this long counts as failed: a probe must not hang. */
const CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessDeps {
  store: Pick<Store, "isEmpty">;
  keys: Pick<KeyRing, "currentKey">;
}

/** Rejects when `task` has not settled within `ms`. */
async function within<T>(ms: number, what: string, task: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([task, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this instance can serve: the store answers a cheap query and a signing key of each algorithm is at hand.
 * Answers the first failure's message, or null when ready. @see docs/operations.md#probes
 */
export async function checkReadiness({ store, keys }: ReadinessDeps): Promise<string | null> {
  try {
    await within(CHECK_TIMEOUT_MS, "the store", store.isEmpty());
    // A key of every algorithm: access tokens are ES256, ID tokens RS256 or ES256.
    await within(
      CHECK_TIMEOUT_MS,
      "the signing keys",
      Promise.all(SIGNING_ALGS.map((alg) => keys.currentKey(alg))),
    );
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "not ready";
  }
}
