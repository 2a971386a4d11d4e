import type { WebauthnChallengeRepository } from "../../webauthn-challenges.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbWebauthnChallenges = ({
  tables: { webauthn_challenges: challenges },
  commit,
}: Lowdb): WebauthnChallengeRepository => ({
  insert: (challenge) => commit([challenges.put(challenge.challenge, challenge)]),
  // Read and removed in one synchronous step: no other caller runs between them.
  take: async (challenge) => {
    const found = challenges.read(challenge);
    if (!found) return null;
    await commit([challenges.remove(challenge)]);
    return found;
  },
  prune: (now) => pruneWhere({ commit }, challenges, (challenge) => challenge.expires_at <= now),
});
