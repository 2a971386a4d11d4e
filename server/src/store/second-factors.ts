/**
 * A person's authenticator app (TOTP, RFC 6238) and its recovery codes (docs/security.md#second-factors).
 * Passkeys keep their own records.
 */
export interface TotpRecord {
  user_id: string;
  /** The shared secret, base32 (RFC 4648): the app needs it back to compute codes, so it cannot be hashed. */
  secret: string;
  created_at: number;
  /** When the first code proved the app holds the secret; null while it is being set up. */
  confirmed_at: number | null;
  /** The last TOTP time step a code was accepted for (0: none); a code of this step or earlier never works again. */
  last_used_step: number;
  /** SHA-256 of each unused recovery code; a used one is removed. */
  recovery_code_hashes: string[];
}

export interface SecondFactorRepository {
  /** The person's app, confirmed or not, or null. */
  getTotp(userId: string): Promise<TotpRecord | null>;
  /**
   * Atomic: stores `totp` (unconfirmed) for its person, replacing an unconfirmed one; false, and
   * nothing stored, while the person has a confirmed app.
   */
  enrolTotp(totp: TotpRecord): Promise<boolean>;
  /**
   * Atomic: confirms the person's unconfirmed app holding `secret`, at `at`, its code of `step`
   * used, with these recovery codes; false for every other caller (confirmed already, replaced, none).
   */
  confirmTotp(
    userId: string,
    secret: string,
    at: number,
    step: number,
    recoveryCodeHashes: string[],
  ): Promise<boolean>;
  /**
   * Atomic compare-and-set: records `step` as the confirmed app's last used step only if it is later
   * than the one recorded; of callers racing with one step, exactly one gets true.
   */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  /** Atomic: removes one unused recovery code of the confirmed app; of callers racing with it, exactly one gets true. */
  useRecoveryCode(userId: string, codeHash: string): Promise<boolean>;
  /** Replaces the confirmed app's recovery codes (the old ones void); false without a confirmed app. */
  replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<boolean>;
  /** Deletes the person's app, confirmed or not, with its codes; the record deleted, or null. */
  deleteTotp(userId: string): Promise<TotpRecord | null>;
}
