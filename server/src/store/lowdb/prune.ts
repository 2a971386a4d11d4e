import type { Tables } from "./tables.ts";

/** Expired records are kept this long past their expiry before a compaction drops them. */
const PRUNE_AFTER_SECONDS = 24 * 60 * 60;

/** Drops records past their expiry (plus a day), as the journal is folded into a snapshot. */
export function pruneExpired(tables: Tables, now: number): void {
  const cutoff = now - PRUNE_AFTER_SECONDS;
  const expired = (record: { expires_at: number }) => record.expires_at < cutoff;
  tables.codes.prune(expired);
  tables.interactions.prune(expired);
  tables.sessions.prune(expired);
  tables.one_time_tokens.prune(expired);
  tables.webauthn_challenges.prune(expired);
  tables.pending_sign_ins.prune(expired);
  tables.access_tokens.prune(expired);
  tables.refresh_tokens.prune(expired);
  tables.throttle.prune((times) => (times[times.length - 1] ?? 0) < cutoff);
}
