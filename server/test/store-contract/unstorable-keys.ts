import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { client, NOW, user } from "./records.ts";

/** Keys no engine can hold: PostgreSQL's text has no NUL, and no UTF-8 encodes a lone surrogate. */
const UNSTORABLE = ["\u0000", "acme\u0000", "\ud800", "a\udc00b"];

/** N71: the lookups a request's identifier reaches find nothing for such a key (see `describeStoreContract`). */
export function describeUnstorableKeysContract(openFreshStore: () => Promise<Store>): void {
  describe("keys no record can hold", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
      await store.users.insert(user({ email: "ann@example.com" }));
      await store.clients.insert(client());
    });
    afterEach(async () => {
      await store.close();
    });

    it.each(UNSTORABLE)("N71 a lookup by %j finds nothing and never throws", async (key) => {
      expect(await store.portals.get(key)).toBeNull();
      expect(await store.users.get(key)).toBeNull();
      expect(await store.users.findByEmail(key)).toBeNull();
      expect(await store.users.listByPortal(key)).toEqual([]);
      expect(await store.clients.get(key)).toBeNull();
      expect(await store.clients.listByPortal(key)).toEqual([]);
      expect(await store.clients.isAllowedOrigin(key)).toBe(false);
      expect(await store.sessions.get(key)).toBeNull();
      expect(await store.interactions.get(key)).toBeNull();
      expect(await store.codes.get(key)).toBeNull();
      expect(await store.grants.get(key)).toBeNull();
      expect(await store.grants.find(key, "acme", key)).toBeNull();
      expect(await store.grants.listByClient(key)).toEqual([]);
      expect(await store.tokens.getFamily(key)).toBeNull();
      expect(await store.tokens.getRefreshToken(key)).toBeNull();
      expect(await store.tokens.getAccessToken(key)).toBeNull();
      expect(await store.throttle.window(key, NOW)).toEqual([]);
      expect(await store.throttle.windows([{ key, since: NOW }])).toEqual([[]]);
      expect(await store.oneTimeTokens.get(key)).toBeNull();
      expect(await store.oneTimeTokens.consume(key, NOW)).toBeNull();
      expect(await store.oneTimeTokens.listInvitations(key)).toEqual([]);
      expect(await store.sessions.listByUser(key)).toEqual([]);
      expect(await store.sessions.deleteByUser(key, null)).toBe(0);
      expect(await store.users.change(key, { disabled: true })).toBe(false);
      expect(await store.users.setAccount(key, { portal_id: "acme", role: "user" })).toBe(false);
      expect(await store.portals.rename(key, "Acme")).toBe(false);
      expect(await store.portals.getPolicy(key)).toBeNull();
      expect(await store.portals.setPolicy(key, { require_second_factor: true })).toBe(false);
      expect(await store.secondFactors.getTotp(key)).toBeNull();
      expect(await store.secondFactors.useTotpStep(key, 1)).toBe(false);
      expect(await store.secondFactors.useRecoveryCode("ann", key)).toBe(false);
      expect(await store.secondFactors.confirmTotp(key, key, NOW, 1, [])).toBe(false);
      expect(await store.secondFactors.replaceRecoveryCodes(key, [])).toBe(false);
      expect(await store.secondFactors.deleteTotp(key)).toBeNull();
      expect(await store.pendingSignIns.get(key)).toBeNull();
      expect(await store.pendingSignIns.consume(key, NOW)).toBeNull();
      await store.pendingSignIns.delete(key);
      await store.users.removeAccount(key, "acme");
      await store.oneTimeTokens.delete(key);
      await store.sessions.delete(key);
      await store.clients.delete(key);
      await store.codes.delete(key);
    });
  });
}
