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
  prune: (now, idleSince) =>
    pruneWhere(
      { commit },
      sessions,
      (session) => session.expires_at <= now || session.last_seen_at <= idleSince,
    ),
});
