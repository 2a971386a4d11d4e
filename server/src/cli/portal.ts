import { portalIdSchema } from "@gatehouse/shared/schemas/common";
import { setupSchema } from "@gatehouse/shared/schemas/people";
import { z } from "zod";
import { createPortal, renamePortal } from "../domain/portals.ts";
import type { PortalRecord } from "../store/types.ts";
import type { CliContext } from "./context.ts";
import { write, writeJson, writeTable } from "./io.ts";
import { type Command, defineCommand, jsonFlag } from "./parse.ts";

/** A portal's name, by the setup page's rule. */
const portalNameSchema = setupSchema.shape.portal_name;

const showPortal = (context: CliContext, portal: PortalRecord, done: string) =>
  context.json ? writeJson(portal) : write(`${done} portal ${portal.id} (${portal.name})\n`);

/** `gatehouse portal …` (docs/operations.md#command-line). */
export const portalCommands = new Map<string, Command>([
  [
    "create",
    defineCommand(
      "portal create <id> <name> [--json]",
      {},
      z.object({ positionals: z.tuple([portalIdSchema, portalNameSchema]), json: jsonFlag }),
      async (context, { positionals: [id, name] }) =>
        showPortal(context, await createPortal(context, { id, name }), "created"),
    ),
  ],
  [
    "list",
    defineCommand(
      "portal list [--json]",
      {},
      z.object({ positionals: z.tuple([]), json: jsonFlag }),
      async (context) => {
        const portals = await context.store.portals.list();
        if (context.json) return writeJson(portals);
        return writeTable(
          ["ID", "NAME"],
          portals.map((portal) => [portal.id, portal.name]),
        );
      },
    ),
  ],
  [
    "rename",
    defineCommand(
      "portal rename <id> <name> [--json]",
      {},
      z.object({ positionals: z.tuple([portalIdSchema, portalNameSchema]), json: jsonFlag }),
      async (context, { positionals: [id, name] }) =>
        showPortal(context, await renamePortal(context, id, name), "renamed"),
    ),
  ],
]);
