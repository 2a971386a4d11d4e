import { portalIdSchema } from "@gatehouse/shared/schemas/common";
import { z } from "zod";
import { auditEventsSince } from "../domain/audit-events.ts";
import { requirePortal } from "../domain/portals.ts";
import { writeJson } from "./io.ts";
import { type Command, defineCommand, jsonFlag } from "./parse.ts";

/** An ISO 8601 date, or time with `Z` or an offset: the instant from which to export. */
const sinceSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "must be an ISO 8601 date or time" })
  .transform((iso) => Date.parse(iso));

/** `gatehouse audit …` (docs/operations.md#command-line). */
export const auditCommands = new Map<string, Command>([
  [
    "export",
    defineCommand(
      "audit export [--since ISO] [--portal <id>]",
      { since: { type: "string" }, portal: { type: "string" } },
      z.object({
        positionals: z.tuple([]),
        since: sinceSchema.optional(),
        portal: portalIdSchema.optional(),
        json: jsonFlag,
      }),
      async (context, { since, portal }) => {
        if (portal) await requirePortal(context, portal);
        // JSON lines whatever `--json` says: one event per line, newest first, as the store pages them.
        for await (const event of auditEventsSince(context, { portalId: portal, since })) {
          await writeJson({
            id: event.id,
            time: new Date(event.time).toISOString(),
            portal_ids: event.portal_ids,
            event: event.event,
            person: event.user_id && event.email ? { user_id: event.user_id, email: event.email } : null,
            address: event.address,
            user_agent: event.user_agent,
            details: event.details,
          });
        }
      },
    ),
  ],
]);
