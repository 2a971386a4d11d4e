import { randomBytes } from "node:crypto";
import type { AuditEventName } from "@gatehouse/shared/schemas/audit";
import type { Logger } from "pino";
import type { AuditEventRecord, Store, UserRecord } from "../store/types.ts";
import type { Clock } from "./clock.ts";

export type { AuditEventName };

/** Who acted, as the event stores them: absent when nobody known did (an unknown email). */
export interface AuditPerson {
  user_id: string;
  email: string;
}

/** Where the request came from: the address as `TRUST_PROXY` decides it, and the user agent. */
export interface AuditSource {
  address: string | null;
  user_agent: string | null;
}

/**
 * One event to record. `portal_ids`: every portal it belongs to (a sign-in: all of the person's;
 * an app's change: the app's portal; none for an unknown email).
 */
export interface AuditEntry {
  event: AuditEventName;
  portal_ids: readonly string[];
  person: AuditPerson | null;
  source: AuditSource;
  details?: Record<string, unknown>;
}

/**
 * The audit log as actions see it: `record` returns at once and never throws (the write happens
 * later, in batches); `flush` resolves once every event recorded so far is stored (tests, shutdown).
 */
export interface AuditLog {
  record(entry: AuditEntry): void;
  flush(): Promise<void>;
}

export interface AuditLogOptions {
  store: Pick<Store, "audit">;
  clock: Clock;
  logger: Logger;
  /** False: events are neither stored nor logged, only observed (the benchmark's baseline). */
  enabled?: boolean;
  /** Events waiting for the store beyond this many are dropped with an error line: a bounded cost. */
  queueLimit?: number;
  /** Told of every event, stored or not (the metrics count sign-ins and refresh-token reuse). */
  observe?: (entry: AuditEntry) => void;
}

/** A store that answers slower than events arrive costs memory up to this many events, no more. */
const QUEUE_LIMIT = 10_000;
/** One store write takes at most this many events. */
const BATCH = 500;
/** User agents are kept to this length: a header is no place to store a book. */
const USER_AGENT_LIMIT = 512;

/**
 * Event ids that sort as the time does (15 digits of milliseconds), then in the order this log
 * recorded them (a 32-bit sequence), then 32 random bits, so that instances never collide.
 */
function eventIds(): (time: number) => string {
  let sequence = 0;
  return (time) => {
    sequence = (sequence + 1) % 2 ** 32;
    const order = sequence.toString(16).padStart(8, "0");
    return `${String(time).padStart(15, "0")}${order}${randomBytes(4).toString("hex")}`;
  };
}

/** An IPv4 address as a dual-stack socket reports it (`::ffff:192.0.2.1`), as people write it. @see RFC 4291 §2.5.5.2 */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** The source of a request, bounded: `address` from `req.ip` or `clientAddress`. */
export function auditSource(address: string | undefined, userAgent: string | undefined): AuditSource {
  return {
    address: address?.replace(IPV4_MAPPED, "$1") ?? null,
    user_agent: userAgent?.slice(0, USER_AGENT_LIMIT) ?? null,
  };
}

/** The person of an event, and the portals a person-wide event (a sign-in) belongs to. */
export const auditPerson = (user: Pick<UserRecord, "id" | "email">): AuditPerson => ({
  user_id: user.id,
  email: user.email,
});
export const portalsOf = (user: Pick<UserRecord, "accounts">): string[] =>
  user.accounts.map((account) => account.portal_id);

/**
 * Records security events without making the action that causes them wait or fail: each event is
 * logged (one `audit` line) and queued; one write at a time stores what queued up; a failed write
 * is logged with the number of events lost. @see docs/operations.md#audit-log
 */
export function createAuditLog({
  store,
  clock,
  logger,
  enabled = true,
  queueLimit = QUEUE_LIMIT,
  observe,
}: AuditLogOptions): AuditLog {
  const queue: AuditEventRecord[] = [];
  const eventId = eventIds();
  let writing: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, BATCH);
      try {
        await store.audit.insert(batch);
      } catch (error) {
        logger.error({ err: error, lost: batch.length }, "audit events could not be stored");
      }
    }
    writing = null;
  }

  return {
    record(entry) {
      observe?.(entry);
      if (!enabled) return;
      const time = clock();
      const event: AuditEventRecord = {
        id: eventId(time),
        time,
        portal_ids: [...entry.portal_ids],
        event: entry.event,
        user_id: entry.person?.user_id ?? null,
        email: entry.person?.email ?? null,
        address: entry.source.address,
        user_agent: entry.source.user_agent,
        details: entry.details ?? {},
      };
      logger.info({ audit: event }, "audit");
      if (queue.length >= queueLimit) {
        logger.error({ audit: event.id, queued: queue.length }, "audit queue full: event not stored");
        return;
      }
      queue.push(event);
      writing ??= drain();
    },
    async flush() {
      while (writing) await writing;
    },
  };
}

/** Records `entry` on the log `deps` carry: the one call every action makes. */
export function recordAudit(deps: { audit: AuditLog }, entry: AuditEntry): void {
  deps.audit.record(entry);
}
