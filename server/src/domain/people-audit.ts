import type { Logger } from "pino";
import type { Store } from "../store/types.ts";
import { type AuditLog, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import type { PeopleEvents } from "./people-events.ts";

/**
 * People events into the audit log: each belongs to its portal, or (a password reset) to every
 * portal of its person. A person who cannot be read is logged and the event recorded without them.
 * @see docs/operations.md#audit-log
 */
export function auditPeopleEvents(deps: {
  store: Pick<Store, "users">;
  audit: AuditLog;
  logger: Logger;
}): PeopleEvents {
  return async ({ event, portal_id, actor_id, user_id, address, user_agent, details }) => {
    const user = user_id
      ? await deps.store.users.get(user_id).catch((error: unknown) => {
          deps.logger.error({ err: error, event }, "the person of an audit event could not be read");
          return null;
        })
      : null;
    recordAudit(deps, {
      event,
      portal_ids: portal_id ? [portal_id] : user ? portalsOf(user) : [],
      person: user ? auditPerson(user) : null,
      source: { address, user_agent },
      details: { ...details, actor_id },
    });
  };
}
