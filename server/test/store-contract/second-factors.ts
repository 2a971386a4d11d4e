import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW, totp } from "./records.ts";

const CODES = ["hash-1", "hash-2", "hash-3"];

/** The contract of `store.secondFactors` (see `describeStoreContract`). */
export function describeSecondFactorsContract(openFreshStore: () => Promise<Store>): void {
  describe("second factors", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    /** A confirmed app of a new person, its code of step 100 used, with CODES. */
    async function confirmed() {
      const app = totp();
      await store.secondFactors.enrolTotp(app);
      expect(await store.secondFactors.confirmTotp(app.user_id, app.secret, NOW, 100, CODES)).toBe(true);
      return app;
    }

    it("stores an unconfirmed app, replaces it with another, and finds it by person", async () => {
      const first = totp();
      expect(await store.secondFactors.enrolTotp(first)).toBe(true);
      expect(await store.secondFactors.getTotp(first.user_id)).toEqual(first);
      const second = totp({
        user_id: first.user_id,
        secret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
        created_at: NOW + 1,
      });
      expect(await store.secondFactors.enrolTotp(second)).toBe(true);
      expect(await store.secondFactors.getTotp(first.user_id)).toEqual(second);
      expect(await store.secondFactors.getTotp("unknown")).toBeNull();
      expect((await store.countRecords()).totp_authenticators).toBe(1);
    });

    it("confirms an unconfirmed app once, only with the secret it holds", async () => {
      const app = totp();
      await store.secondFactors.enrolTotp(app);
      expect(await store.secondFactors.confirmTotp(app.user_id, "OTHER", NOW, 100, CODES)).toBe(false);
      expect(await store.secondFactors.confirmTotp(app.user_id, app.secret, NOW + 2, 100, CODES)).toBe(true);
      expect(await store.secondFactors.confirmTotp(app.user_id, app.secret, NOW + 3, 101, [])).toBe(false);
      expect(await store.secondFactors.confirmTotp("unknown", app.secret, NOW, 100, CODES)).toBe(false);
      expect(await store.secondFactors.getTotp(app.user_id)).toEqual({
        ...app,
        confirmed_at: NOW + 2,
        last_used_step: 100,
        recovery_code_hashes: CODES,
      });
    });

    it("never replaces a confirmed app with a new one", async () => {
      const app = await confirmed();
      expect(await store.secondFactors.enrolTotp(totp({ user_id: app.user_id, secret: "NEW" }))).toBe(false);
      expect(await store.secondFactors.getTotp(app.user_id)).toMatchObject({
        secret: app.secret,
        confirmed_at: NOW,
      });
    });

    it("N76 accepts a time step only when it is later than the last one used", async () => {
      const app = await confirmed();
      expect(await store.secondFactors.useTotpStep(app.user_id, 100)).toBe(false);
      expect(await store.secondFactors.useTotpStep(app.user_id, 99)).toBe(false);
      expect(await store.secondFactors.useTotpStep(app.user_id, 101)).toBe(true);
      expect(await store.secondFactors.useTotpStep(app.user_id, 101)).toBe(false);
      expect(await store.secondFactors.getTotp(app.user_id)).toMatchObject({ last_used_step: 101 });
    });

    it("N76 lets exactly one of many callers racing with one time step use it", async () => {
      const app = await confirmed();
      const results = await Promise.all(
        Array.from({ length: 30 }, () => store.secondFactors.useTotpStep(app.user_id, 102)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("N76 uses no time step and no recovery code of an unconfirmed app", async () => {
      const app = totp({ recovery_code_hashes: CODES });
      await store.secondFactors.enrolTotp(app);
      expect(await store.secondFactors.useTotpStep(app.user_id, 100)).toBe(false);
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "hash-1")).toBe(false);
      expect(await store.secondFactors.replaceRecoveryCodes(app.user_id, ["x"])).toBe(false);
    });

    it("N76 uses a recovery code once, and only the person's own", async () => {
      const app = await confirmed();
      const other = await confirmed();
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "hash-2")).toBe(true);
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "hash-2")).toBe(false);
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "unknown")).toBe(false);
      expect(await store.secondFactors.getTotp(app.user_id)).toMatchObject({
        recovery_code_hashes: ["hash-1", "hash-3"],
      });
      expect(await store.secondFactors.getTotp(other.user_id)).toMatchObject({ recovery_code_hashes: CODES });
    });

    it("N76 lets exactly one of many callers racing with one recovery code use it", async () => {
      const app = await confirmed();
      const results = await Promise.all(
        Array.from({ length: 30 }, () => store.secondFactors.useRecoveryCode(app.user_id, "hash-3")),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("replaces the recovery codes of a confirmed app, the old ones void", async () => {
      const app = await confirmed();
      expect(await store.secondFactors.replaceRecoveryCodes(app.user_id, ["new-1", "new-2"])).toBe(true);
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "hash-1")).toBe(false);
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "new-1")).toBe(true);
      expect(await store.secondFactors.replaceRecoveryCodes("unknown", ["x"])).toBe(false);
    });

    it("deletes an app with its codes and answers what it deleted; an unknown person, null", async () => {
      const app = await confirmed();
      expect(await store.secondFactors.deleteTotp(app.user_id)).toMatchObject({
        user_id: app.user_id,
        confirmed_at: NOW,
      });
      expect(await store.secondFactors.getTotp(app.user_id)).toBeNull();
      expect(await store.secondFactors.deleteTotp(app.user_id)).toBeNull();
      expect(await store.secondFactors.useRecoveryCode(app.user_id, "hash-1")).toBe(false);
    });
  });
}
