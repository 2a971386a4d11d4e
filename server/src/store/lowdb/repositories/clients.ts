import type { ClientRepository } from "../../clients.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbClients = ({ tables: { clients }, commit }: Lowdb): ClientRepository => ({
  get: async (clientId) => clients.read(clientId),
  listByPortal: async (portalId) => clients.readWhere((client) => client.portal_id === portalId),
  isAllowedOrigin: async (origin) =>
    [...clients.values()].some((client) => client.enabled && client.allowed_origins.includes(origin)),
  insert: (client) => commit([clients.put(client.client_id, client)]),
  update: async (client) => {
    if (clients.has(client.client_id)) await commit([clients.put(client.client_id, client)]);
  },
  delete: (clientId) => commit([clients.remove(clientId)]),
});
