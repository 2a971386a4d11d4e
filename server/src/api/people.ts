import { invitePersonSchema, updatePersonSchema } from "@gatehouse/shared/schemas/people";
import { type Request, Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
import { invitePerson } from "../domain/invitations.ts";
import { makeResetLink } from "../domain/password-reset.ts";
import { type Actor, listPeople } from "../domain/people.ts";
import { changePerson, removePerson } from "../domain/person-changes.ts";
import { parseParameters } from "../http/params.ts";
import { parseWith } from "../http/parse.ts";
import { requirePortalAdmin } from "./portal-access.ts";
import { requestOrigin } from "./request-origin.ts";

/** The person named in the path of `/api/people/:userId`: a user id, or a pending invitation's id. */
const personPathSchema = z.object({ userId: z.string().min(1).max(128) });

/** `/api/people`: the current portal's people, for its owners and admins (docs/api.md#people). */
export function peopleRoutes(deps: Deps): Router {
  const router = Router();

  async function actor(req: Request): Promise<Actor> {
    const { user, portalId, role } = await requirePortalAdmin(deps, req);
    return { user, portalId, role, origin: requestOrigin(req) };
  }
  const userIdOf = (req: Request) => parseParameters(personPathSchema, req.params).userId;

  router.get("/", async function listPortalPeople(req, res) {
    const { portalId } = await actor(req);
    res.json(await listPeople(deps, portalId));
  });

  router.post("/invitations", async function invite(req, res) {
    const by = await actor(req);
    res.status(201).json(await invitePerson(deps, by, parseWith(invitePersonSchema, req.body)));
  });

  router.patch("/:userId", async function changeRoleOrStatus(req, res) {
    const by = await actor(req);
    const change = parseWith(updatePersonSchema, req.body);
    res.json(await changePerson(deps, by, userIdOf(req), change));
  });

  router.delete("/:userId", async function removeFromPortal(req, res) {
    const by = await actor(req);
    await removePerson(deps, by, userIdOf(req));
    res.status(204).end();
  });

  router.post("/:userId/password-reset", async function makePasswordResetLink(req, res) {
    const by = await actor(req);
    res.status(201).json(await makeResetLink(deps, by, userIdOf(req)));
  });

  return router;
}
