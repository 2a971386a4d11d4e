import { type AuditPage, auditCursorSchema, auditQuerySchema } from "@gatehouse/shared/schemas/audit";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditEventView, cursorAt, listAuditEvents } from "../domain/audit-events.ts";
import { singleParameters } from "../http/params.ts";
import { parseWith } from "../http/parse.ts";
import type { AuditQuery } from "../store/types.ts";
import { requirePortalAdmin } from "./portal-access.ts";

/**
 * `/api/audit`: the current portal's security events for its owners and admins, newest first, a
 * page at a time (docs/api.md#audit). Another portal's events are never among them.
 */
export function auditRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/", async function listAudit(req, res) {
    const { portalId } = await requirePortalAdmin(
      deps,
      req,
      "only owners and admins of this portal read its audit log",
    );
    // An empty parameter (`?person=`) is an absent one: the page's filters send them so.
    const present = Object.entries(singleParameters(req.query)).filter(([, value]) => value !== "");
    const { person, event, before, limit } = parseWith(auditQuerySchema, Object.fromEntries(present));
    const query: AuditQuery = { portalId, limit };
    if (person !== undefined) query.person = person;
    if (event !== undefined) query.event = event;
    // `before` is a cursor of an earlier page, or an instant (the page's date filter).
    if (before !== undefined) {
      query.before = auditCursorSchema.safeParse(before).success ? before : cursorAt(Date.parse(before));
    }
    const { events, nextBefore } = await listAuditEvents(deps, query);
    const page: AuditPage = {
      events: events.map((record) => auditEventView(record, portalId)),
      next_before: nextBefore,
    };
    res.json(page);
  });

  return router;
}
