/** Whether the credential lives on one device or may be synced (and so backed up) across several. */
export type PasskeyDeviceType = "singleDevice" | "multiDevice";

/**
 * A WebAuthn credential a person registered (docs/security.md#passkeys). Only its public key is
 * stored: the private key never leaves the authenticator.
 * @see W3C WebAuthn Level 2 §6.1 (authenticator data), §6.5 (attested credential data)
 */
export interface PasskeyRecord {
  /** The credential ID the authenticator chose, base64url; unique across every person. */
  credential_id: string;
  /** A public name for the record in URLs (random), unrelated to the credential. */
  id: string;
  user_id: string;
  /** The person's name for it ("Laptop", "Phone"). */
  name: string;
  /** The COSE-encoded public key, base64url. */
  public_key: string;
  /** The last signature counter the authenticator reported (0 for those that keep none). */
  counter: number;
  /** The transports the browser reported at registration (`internal`, `hybrid`, `usb`…). */
  transports: string[];
  device_type: PasskeyDeviceType;
  backed_up: boolean;
  created_at: number;
  last_used_at: number | null;
}

export interface PasskeyRepository {
  /** Stores a new passkey; false, storing nothing, when its credential ID is already stored. */
  insert(passkey: PasskeyRecord): Promise<boolean>;
  findByCredentialId(credentialId: string): Promise<PasskeyRecord | null>;
  /** The passkey with this public id, if any. */
  get(id: string): Promise<PasskeyRecord | null>;
  /** A person's passkeys, oldest first. */
  listByUser(userId: string): Promise<PasskeyRecord[]>;
  /**
   * Atomic, across every instance: records a use (the new counter, the time) only while the
   * stored counter is still `from`; false when another use changed it first, or the passkey is gone.
   */
  recordUse(credentialId: string, use: { from: number; counter: number; at: number }): Promise<boolean>;
  /** Renames the passkey with this public id, if any. */
  rename(id: string, name: string): Promise<void>;
  /** Deletes the passkey with this public id, if any. */
  delete(id: string): Promise<void>;
  /** Deletes every passkey of a person; the number deleted. */
  deleteByUser(userId: string): Promise<number>;
}
