import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { AuditLog } from "../domain/audit.ts";
import type { Clock } from "../domain/clock.ts";
import type { PeopleDeps } from "../domain/people.ts";
import type { Store } from "../store/types.ts";

/** What every command runs with: the server's configuration and store, and how to answer. */
export interface CliContext extends PeopleDeps {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  /** `--json`: machine-readable output. */
  json: boolean;
  /** The password piped in, or typed hidden on a terminal. */
  readPassword(): Promise<string>;
}
