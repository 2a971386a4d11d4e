import type { SecondFactorRepository } from "../../second-factors.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { totpAuthenticators as totp } from "../tables.ts";

/** Runs a one-statement compare-and-set on the person's app; true when it changed a row. */
const changed = async (db: Postgres, sql: string, values: unknown[]): Promise<boolean> =>
  !namesUnstorable(values) && (await db.run(sql, values)) === 1;

// Every operation is one statement whose WHERE holds its condition: atomic across instances.
export const postgresSecondFactors = (db: Postgres): SecondFactorRepository => ({
  getTotp: db.getter(totp),
  enrolTotp: (record) =>
    changed(
      db,
      `INSERT INTO totp_authenticators (${totp.list}) VALUES (${totp.placeholders()})
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = EXCLUDED.created_at,
         confirmed_at = NULL, last_used_step = EXCLUDED.last_used_step,
         recovery_code_hashes = EXCLUDED.recovery_code_hashes
       WHERE totp_authenticators.confirmed_at IS NULL`,
      totp.values(record),
    ),
  confirmTotp: (userId, secret, at, step, recoveryCodeHashes) =>
    changed(
      db,
      `UPDATE totp_authenticators SET confirmed_at = $3::bigint, last_used_step = $4::bigint,
         recovery_code_hashes = $5::text[]
       WHERE user_id = $1 AND secret = $2 AND confirmed_at IS NULL`,
      [userId, secret, at, step, recoveryCodeHashes],
    ),
  useTotpStep: (userId, step) =>
    changed(
      db,
      `UPDATE totp_authenticators SET last_used_step = $2::bigint
       WHERE user_id = $1 AND confirmed_at IS NOT NULL AND last_used_step < $2::bigint`,
      [userId, step],
    ),
  useRecoveryCode: (userId, codeHash) =>
    changed(
      db,
      `UPDATE totp_authenticators SET recovery_code_hashes = array_remove(recovery_code_hashes, $2::text)
       WHERE user_id = $1 AND confirmed_at IS NOT NULL AND $2::text = ANY (recovery_code_hashes)`,
      [userId, codeHash],
    ),
  replaceRecoveryCodes: (userId, codeHashes) =>
    changed(
      db,
      `UPDATE totp_authenticators SET recovery_code_hashes = $2::text[]
       WHERE user_id = $1 AND confirmed_at IS NOT NULL`,
      [userId, codeHashes],
    ),
  deleteTotp: async (userId) =>
    namesUnstorable([userId])
      ? null
      : db.row(`DELETE FROM totp_authenticators WHERE user_id = $1 RETURNING ${totp.list}`, [userId]),
});
