import type { SigningAlg } from "@gatehouse/shared";

export interface SigningKeyRecord {
  kid: string;
  /** ES256 (an EC P-256 key) or RS256 (an RSA key of at least 2048 bits); each algorithm rotates apart. */
  alg: SigningAlg;
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
