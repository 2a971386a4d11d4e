import type { CodeAttempt } from "@gatehouse/shared/schemas/second-factors";
import { invalidCode } from "../errors.ts";
import type { Store, UserRecord } from "../store/types.ts";
import type { Clock } from "./clock.ts";
import { hashRecoveryCode } from "./recovery-codes.ts";
import { matchTotpStep, totpOf } from "./totp.ts";

export interface CheckSecondFactorDeps {
  store: Pick<Store, "secondFactors">;
  clock: Clock;
}

/**
 * Checks a code of `user`'s confirmed app and uses it up: a TOTP code's time step must be later than
 * the last one used (taken by one atomic compare-and-set, so of two racing uses one wins), a recovery
 * code is removed as it is used. Any miss is `401 invalid_code`, the same for a wrong, used or
 * unknown code. @see RFC 6238 §5.2, docs/security.md#second-factors
 */
export async function checkSecondFactor(
  { store, clock }: CheckSecondFactorDeps,
  user: Pick<UserRecord, "id">,
  attempt: CodeAttempt,
): Promise<void> {
  const totp = await store.secondFactors.getTotp(user.id);
  if (totp?.confirmed_at == null) throw invalidCode();
  if (attempt.method === "recovery_code") {
    if (!(await store.secondFactors.useRecoveryCode(user.id, hashRecoveryCode(attempt.code))))
      throw invalidCode();
    return;
  }
  const step = matchTotpStep(totpOf(totp.secret), attempt.code, clock());
  if (step === null || !(await store.secondFactors.useTotpStep(user.id, step))) throw invalidCode();
}
