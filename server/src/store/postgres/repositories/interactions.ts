import type { InteractionRepository } from "../../interactions.ts";
import type { Postgres } from "../queries.ts";
import { interactions } from "../tables.ts";

export const postgresInteractions = (db: Postgres): InteractionRepository => ({
  get: db.getter(interactions),
  insert: db.upsert(interactions),
  // Compare-and-set in one statement.
  complete: async (id, result) =>
    (await db.run("UPDATE interactions SET result = $2::jsonb WHERE id = $1 AND result IS NULL", [
      id,
      JSON.stringify(result),
    ])) === 1,
  choose: async (id, choice) =>
    (await db.run("UPDATE interactions SET choice = $2::jsonb WHERE id = $1 AND result IS NULL", [
      id,
      JSON.stringify(choice),
    ])) === 1,
  prune: (now) => db.prune(interactions, "expires_at <= $1::bigint", [now]),
});
