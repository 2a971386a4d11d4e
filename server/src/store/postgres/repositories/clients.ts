import type { ClientRepository } from "../../clients.ts";
import type { Postgres } from "../queries.ts";
import { clients } from "../tables.ts";

export const postgresClients = (db: Postgres): ClientRepository => ({
  get: db.getter(clients),
  listByPortal: (portalId) =>
    db.rows(`SELECT ${clients.list} FROM clients WHERE portal_id = $1 ORDER BY created_at, client_id`, [
      portalId,
    ]),
  isAllowedOrigin: async (origin) =>
    (
      await db.rows(`SELECT 1 FROM clients WHERE enabled AND allowed_origins @> ARRAY[$1::text] LIMIT 1`, [
        origin,
      ])
    ).length > 0,
  insert: db.upsert(clients),
  update: db.update(clients),
  delete: db.remove(clients),
});
