import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW, webauthnChallenge } from "./records.ts";

/** The contract of `store.webauthnChallenges` (see `describeStoreContract`). */
export function describeWebauthnChallengesContract(openFreshStore: () => Promise<Store>): void {
  describe("WebAuthn challenges", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("N76 hands a challenge out once: the first taker gets it, every later one null", async () => {
      const registration = webauthnChallenge({ ceremony: "registration", user_id: "ann" });
      const signIn = webauthnChallenge();
      await store.webauthnChallenges.insert(registration);
      await store.webauthnChallenges.insert(signIn);
      expect(await store.webauthnChallenges.take(registration.challenge)).toEqual(registration);
      expect(await store.webauthnChallenges.take(registration.challenge)).toBeNull();
      expect(await store.webauthnChallenges.take(signIn.challenge)).toEqual(signIn);
      expect(await store.webauthnChallenges.take("unknown")).toBeNull();
    });

    it("N76 gives a challenge to exactly one of many callers racing to take it", async () => {
      const challenge = webauthnChallenge();
      await store.webauthnChallenges.insert(challenge);
      const taken = await Promise.all(
        Array.from({ length: 30 }, () => store.webauthnChallenges.take(challenge.challenge)),
      );
      expect(taken.filter((each) => each !== null)).toHaveLength(1);
    });

    it("N67 forgets challenges at their end and keeps the live ones", async () => {
      const ended = webauthnChallenge({ expires_at: NOW });
      const live = webauthnChallenge({ expires_at: NOW + 1 });
      for (const each of [ended, live]) await store.webauthnChallenges.insert(each);
      expect(await store.webauthnChallenges.prune(NOW)).toBe(1);
      expect(await store.webauthnChallenges.prune(NOW)).toBe(0);
      expect((await store.countRecords()).webauthn_challenges).toBe(1);
      expect(await store.webauthnChallenges.take(live.challenge)).toEqual(live);
    });
  });
}
