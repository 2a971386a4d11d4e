import type { OneTimeTokenRepository } from "../../one-time-tokens.ts";
import type { Lowdb } from "../tables.ts";
import { lowdbSingleUse } from "./single-use.ts";

export const lowdbOneTimeTokens = ({
  tables: { one_time_tokens: tokens },
  commit,
}: Lowdb): OneTimeTokenRepository => ({
  ...lowdbSingleUse({ commit }, tokens, (token) => token.token_hash),
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
});
