/** The ceremony a challenge was issued for. @see W3C WebAuthn Level 2 §7.1, §7.2 */
export type WebauthnCeremony = "registration" | "authentication";

/**
 * A challenge the server sent for one WebAuthn ceremony: single use, short-lived, bound to the
 * person or to the browser that asked for it (docs/security.md#passkeys).
 * @see W3C WebAuthn Level 2 §13.4.3 (cryptographic challenges)
 */
export interface WebauthnChallengeRecord {
  /** The challenge itself, base64url: at least 128 random bits. */
  challenge: string;
  ceremony: WebauthnCeremony;
  /** Whose ceremony it is; null for a sign-in by passkey alone, where nobody is known yet. */
  user_id: string | null;
  /** SHA-256 of the secret it is bound to (the session, or the attempt cookie of a passkey sign-in). */
  binding_hash: string;
  created_at: number;
  expires_at: number;
}

export interface WebauthnChallengeRepository {
  insert(challenge: WebauthnChallengeRecord): Promise<void>;
  /**
   * Atomic, across every instance: deletes the challenge and returns it; null for every later
   * caller and for an unknown challenge, so a challenge answers one ceremony at most.
   */
  take(challenge: string): Promise<WebauthnChallengeRecord | null>;
  /** Deletes the challenges whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
