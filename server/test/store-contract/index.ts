import { describe } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { describeAuditContract } from "./audit.ts";
import { describeClientsContract } from "./clients.ts";
import { describeCodesContract } from "./codes.ts";
import { describeGrantsContract } from "./grants.ts";
import { describeInteractionsContract } from "./interactions.ts";
import { describeKeysContract } from "./keys.ts";
import { describeOneTimeTokensContract } from "./one-time-tokens.ts";
import { describePasskeysContract } from "./passkeys.ts";
import { describePendingSignInsContract } from "./pending-sign-ins.ts";
import { describePortalsContract } from "./portals.ts";
import { describePruneContract } from "./prune.ts";
import { describeSecondFactorsContract } from "./second-factors.ts";
import { describeSessionsContract } from "./sessions.ts";
import { describeWholeStoreContract } from "./store.ts";
import { describeThrottleContract } from "./throttle.ts";
import { describeTokensContract } from "./tokens.ts";
import { describeUnstorableKeysContract } from "./unstorable-keys.ts";
import { describeUsersContract } from "./users.ts";
import { describeWebauthnChallengesContract } from "./webauthn-challenges.ts";

/**
 * What every engine of the Store interface (types.ts) guarantees, as the lowdb engine defines it.
 * `openFreshStore` opens an empty store; each test gets its own and closes it.
 */
export function describeStoreContract(name: string, openFreshStore: () => Promise<Store>): void {
  describe(`the ${name} store contract`, () => {
    describeWholeStoreContract(openFreshStore);
    describePortalsContract(openFreshStore);
    describeUsersContract(openFreshStore);
    describeClientsContract(openFreshStore);
    describeSessionsContract(openFreshStore);
    describeInteractionsContract(openFreshStore);
    describeCodesContract(openFreshStore);
    describeGrantsContract(openFreshStore);
    describeTokensContract(openFreshStore);
    describeKeysContract(openFreshStore);
    describeThrottleContract(openFreshStore);
    describeOneTimeTokensContract(openFreshStore);
    describePasskeysContract(openFreshStore);
    describeWebauthnChallengesContract(openFreshStore);
    describeSecondFactorsContract(openFreshStore);
    describePendingSignInsContract(openFreshStore);
    describePruneContract(openFreshStore);
    describeUnstorableKeysContract(openFreshStore);
    describeAuditContract(openFreshStore);
  });
}
