import type { UserRepository } from "../../users.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbUsers = ({ tables: { users }, indexes, commit }: Lowdb): UserRepository => ({
  get: async (id) => users.read(id),
  findByEmail: async (email) => {
    const id = indexes.usersByEmail.find(email);
    return id === undefined ? null : users.read(id);
  },
  listByPortal: async (portalId) =>
    users.readWhere((user) => user.accounts.some((account) => account.portal_id === portalId)),
  insert: (user) => commit([users.put(user.id, user)]),
  update: async (user) => {
    if (users.has(user.id)) await commit([users.put(user.id, user)]);
  },
});
