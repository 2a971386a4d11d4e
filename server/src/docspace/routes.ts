import { updateSelfSchema } from "@gatehouse/shared";
import express, { type Response, Router } from "express";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { withProfileChange } from "../domain/user-claims.ts";
import { notFound } from "../errors.ts";
import { bearerOf, requireBearer } from "../http/bearer.ts";
import { corsMiddleware } from "../http/cors.ts";
import { requireContentType } from "../http/guards.ts";
import { parseWith } from "../http/parse.ts";
import type { UserRecord } from "../store/types.ts";
import { PORTAL_CONTENT } from "./fixtures.ts";

/** DocSpace wraps every answer in this envelope. */
function respond(res: Response, body: unknown) {
  res.set("Cache-Control", "no-store").json({
    response: body,
    count: Array.isArray(body) ? body.length : 1,
    status: 0,
    statusCode: 200,
  });
}

function person(user: UserRecord, portalId: string) {
  const account = user.accounts.find((candidate) => candidate.portal_id === portalId);
  return {
    id: user.id,
    displayName: user.display_name,
    email: user.email,
    isOwner: account?.role === "owner",
    isAdmin: account?.role === "owner" || account?.role === "admin",
  };
}

/**
 * The mock DocSpace API (docs/api.md#mock-docspace-api): each route answers for the token's portal only, and only
 * with the scope it needs.
 */
export function docspaceRoutes(deps: Deps): Router {
  const { store } = deps;
  const router = Router();
  router.use(corsMiddleware(store, ["GET", "PUT"]));

  /** The token's user, still a member of the token's portal. */
  async function tokenUser(res: Response): Promise<UserRecord> {
    const token = bearerOf(res);
    const user = await store.users.get(token.subject);
    if (!user?.accounts.some((account) => account.portal_id === token.portalId)) {
      throw notFound("the user is not a member of this portal");
    }
    return user;
  }

  router.get("/people/@self", requireBearer(deps, "accounts.self:read"), async function getSelf(_req, res) {
    respond(res, person(await tokenUser(res), bearerOf(res).portalId));
  });

  router.put(
    "/people/@self",
    requireBearer(deps, "accounts.self:write"),
    requireContentType("application/json"),
    express.json({ limit: "8kb" }),
    async function updateSelf(req, res) {
      const { displayName } = parseWith(updateSelfSchema, req.body);
      const user = withProfileChange(
        await tokenUser(res),
        { display_name: displayName },
        epochSeconds(deps.clock),
      );
      await store.users.update(user);
      respond(res, person(user, bearerOf(res).portalId));
    },
  );

  router.get("/people", requireBearer(deps, "accounts:read"), async function listPeople(_req, res) {
    const { portalId } = bearerOf(res);
    await tokenUser(res);
    const members = await store.users.listByPortal(portalId);
    respond(
      res,
      members.map((member) => person(member, portalId)),
    );
  });

  router.get("/files/@my", requireBearer(deps, "files:read"), async function myFiles(_req, res) {
    await tokenUser(res);
    respond(res, { files: PORTAL_CONTENT[bearerOf(res).portalId]?.files ?? [] });
  });

  router.get("/files/rooms", requireBearer(deps, "rooms:read"), async function rooms(_req, res) {
    await tokenUser(res);
    respond(res, { folders: PORTAL_CONTENT[bearerOf(res).portalId]?.rooms ?? [] });
  });

  return router;
}
