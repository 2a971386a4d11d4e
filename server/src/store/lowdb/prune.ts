import type { Tables } from "./tables.ts";

/** Expired records are kept this long past their expiry before a compaction drops them. */
const PRUNE_AFTER_SECONDS = 24 * 60 * 60;

/** Drops records past their expiry (plus a day), as the journal is folded into a snapshot. */
export async function pruneExpired(tables: Tables, now: number): Promise<void> {
  const cutoff = now - PRUNE_AFTER_SECONDS;
  const expired = (record: { expires_at: number }) => record.expires_at < cutoff;
  await tables.codes.prune(expired);
  await tables.interactions.prune(expired);
  await tables.sessions.prune(expired);
  await tables.one_time_tokens.prune(expired);
  await tables.webauthn_challenges.prune(expired);
  await tables.pending_sign_ins.prune(expired);
  await tables.access_tokens.prune(expired);
  await tables.refresh_tokens.prune(expired);
  await tables.throttle.prune((times) => (times[times.length - 1] ?? 0) < cutoff);
}
