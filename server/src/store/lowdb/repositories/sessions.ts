import type { SessionRepository } from "../../sessions.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbSessions = ({ tables: { sessions }, commit }: Lowdb): SessionRepository => ({
  get: async (idHash) => sessions.read(idHash),
  insert: (session) => commit([sessions.put(session.id_hash, session)]),
  update: async (session) => {
    if (sessions.has(session.id_hash)) await commit([sessions.put(session.id_hash, session)]);
  },
  delete: (idHash) => commit([sessions.remove(idHash)]),
  // Atomic: the check and both changes happen before the first await.
  rename: async (oldIdHash, newIdHash) => {
    const session = sessions.peek(oldIdHash);
    if (!session || sessions.has(newIdHash)) return false;
    await commit([sessions.remove(oldIdHash), sessions.put(newIdHash, { ...session, id_hash: newIdHash })]);
    return true;
  },
  listByUser: async (userId) =>
    sessions
      .readWhere((session) => session.user_id === userId)
      .sort((a, b) => a.created_at - b.created_at || (a.id_hash < b.id_hash ? -1 : 1)),
  deleteByUser: async (userId, keepIdHash) => {
    const keys = sessions.keysWhere(
      (session) => session.user_id === userId && session.id_hash !== keepIdHash,
    );
    if (keys.length > 0) await commit(keys.map((key) => sessions.remove(key)));
    return keys.length;
  },
  prune: (now, idleSince) =>
    pruneWhere(
      { commit },
      sessions,
      (session) => session.expires_at <= now || session.last_seen_at <= idleSince,
    ),
});
