export interface SigningKeyRecord {
  kid: string;
  alg: "ES256";
  private_jwk: Record<string, unknown>;
  public_jwk: Record<string, unknown>;
  created_at: number;
  /** When it stopped signing; it stays published until every token it signed has expired. */
  retired_at: number | null;
}

export interface KeyRepository {
  list(): Promise<SigningKeyRecord[]>;
  insert(key: SigningKeyRecord): Promise<void>;
  update(key: SigningKeyRecord): Promise<void>;
  /** Deletes the keys retired at or before `retiredBy` (never one that still signs); the number deleted. */
  prune(retiredBy: number): Promise<number>;
}
