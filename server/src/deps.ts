import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { AuditLog } from "./domain/audit.ts";
import type { Clock } from "./domain/clock.ts";
import type { KeyRing } from "./domain/keys.ts";
import type { Mailer } from "./domain/mailer.ts";
import type { PeopleEvents } from "./domain/people-events.ts";
import type { CookieJar } from "./http/cookies.ts";
import type { Metrics } from "./management/metrics.ts";
import type { Store } from "./store/types.ts";

/** What varies between a run and a test, passed down from `createApp` to every route. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  keys: KeyRing;
  logger: Logger;
  cookies: CookieJar;
  audit: AuditLog;
  metrics: Metrics;
  /** Null when `SMTP_URL` is unset (docs/configuration.md#mail). */
  mailer: Mailer | null;
  /** Where the people and password events go (docs/api.md#audit-log). */
  peopleEvents: PeopleEvents;
}
