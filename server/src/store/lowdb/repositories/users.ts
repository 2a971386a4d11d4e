import type { UserRecord, UserRepository } from "../../users.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbUsers = ({ tables: { users }, indexes, commit }: Lowdb): UserRepository => {
  /** Reads, changes and stores the user in one synchronous step, so concurrent changes never lose one another. */
  const modify = async (id: string, change: (user: UserRecord) => UserRecord): Promise<boolean> => {
    const user = users.read(id);
    if (!user) return false;
    await commit([users.put(id, change(user))]);
    return true;
  };
  return {
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
    change: (id, changes) => modify(id, (user) => ({ ...user, ...changes })),
    setAccount: (id, account) =>
      modify(id, (user) => {
        const index = user.accounts.findIndex((each) => each.portal_id === account.portal_id);
        const accounts = [...user.accounts];
        if (index === -1) accounts.push({ ...account });
        else accounts[index] = { ...account };
        return { ...user, accounts };
      }),
    removeAccount: async (id, portalId) => {
      await modify(id, (user) => ({
        ...user,
        accounts: user.accounts.filter((account) => account.portal_id !== portalId),
      }));
    },
  };
};
