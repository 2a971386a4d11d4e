import type { SecondFactorRepository } from "../../second-factors.ts";
import type { Lowdb } from "../tables.ts";

// Each operation reads and decides in one synchronous step before its commit: no other caller runs between.
export const lowdbSecondFactors = ({ tables: { totp }, commit }: Lowdb): SecondFactorRepository => ({
  getTotp: async (userId) => totp.read(userId),
  enrolTotp: async (record) => {
    if (totp.peek(record.user_id)?.confirmed_at != null) return false;
    await commit([totp.put(record.user_id, record)]);
    return true;
  },
  confirmTotp: async (userId, secret, at, step, recoveryCodeHashes) => {
    const found = totp.read(userId);
    if (!found || found.confirmed_at !== null || found.secret !== secret) return false;
    const confirmed = {
      ...found,
      confirmed_at: at,
      last_used_step: step,
      recovery_code_hashes: recoveryCodeHashes,
    };
    await commit([totp.put(userId, confirmed)]);
    return true;
  },
  useTotpStep: async (userId, step) => {
    const found = totp.read(userId);
    if (!found || found.confirmed_at === null || found.last_used_step >= step) return false;
    await commit([totp.put(userId, { ...found, last_used_step: step })]);
    return true;
  },
  useRecoveryCode: async (userId, codeHash) => {
    const found = totp.read(userId);
    if (!found || found.confirmed_at === null || !found.recovery_code_hashes.includes(codeHash)) return false;
    const left = found.recovery_code_hashes.filter((hash) => hash !== codeHash);
    await commit([totp.put(userId, { ...found, recovery_code_hashes: left })]);
    return true;
  },
  replaceRecoveryCodes: async (userId, codeHashes) => {
    const found = totp.read(userId);
    if (!found || found.confirmed_at === null) return false;
    await commit([totp.put(userId, { ...found, recovery_code_hashes: codeHashes })]);
    return true;
  },
  deleteTotp: async (userId) => {
    const found = totp.read(userId);
    if (!found) return null;
    await commit([totp.remove(userId)]);
    return found;
  },
});
