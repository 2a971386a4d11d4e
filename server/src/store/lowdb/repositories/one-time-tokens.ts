import type { OneTimeTokenRepository } from "../../one-time-tokens.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbOneTimeTokens = ({
  tables: { one_time_tokens: tokens },
  commit,
}: Lowdb): OneTimeTokenRepository => ({
  insert: (token) => commit([tokens.put(token.token_hash, token)]),
  get: async (tokenHash) => tokens.read(tokenHash),
  // Checked and marked in one synchronous step: no other caller runs between them.
  consume: async (tokenHash, at) => {
    const found = tokens.read(tokenHash);
    if (!found || found.consumed_at !== null) return null;
    const consumed = { ...found, consumed_at: at };
    await commit([tokens.put(tokenHash, consumed)]);
    return consumed;
  },
  listInvitations: async (portalId) =>
    tokens
      .readWhere(
        (token) => token.kind === "invitation" && token.portal_id === portalId && token.consumed_at === null,
      )
      .sort((a, b) => a.created_at - b.created_at),
  delete: async (id) => {
    const keys = tokens.keysWhere((token) => token.id === id);
    if (keys.length > 0) await commit(keys.map((key) => tokens.remove(key)));
  },
  prune: (now) => pruneWhere({ commit }, tokens, (token) => token.expires_at <= now),
});
