import type { WebauthnChallengeRepository } from "../../webauthn-challenges.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { webauthnChallenges } from "../tables.ts";

export const postgresWebauthnChallenges = (db: Postgres): WebauthnChallengeRepository => ({
  insert: db.upsert(webauthnChallenges),
  // One DELETE … RETURNING: of callers racing on one challenge, only one gets the row.
  take: async (challenge) => {
    if (namesUnstorable([challenge])) return null;
    return db.row(
      `DELETE FROM webauthn_challenges WHERE challenge = $1 RETURNING ${webauthnChallenges.list}`,
      [challenge],
    );
  },
  prune: (now) => db.prune(webauthnChallenges, "expires_at <= $1::bigint", [now]),
});
