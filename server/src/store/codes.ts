import type { ScopeName } from "@gatehouse/shared";
import type { GrantRecord } from "./grants.ts";
import type { IssuedTokens } from "./tokens.ts";
import type { UserRecord } from "./users.ts";

export interface CodeRecord {
  /** SHA-256 of the code. */
  code_hash: string;
  client_id: string;
  grant_id: string;
  user_id: string;
  portal_id: string;
  redirect_uri: string;
  scopes: ScopeName[];
  code_challenge: string | null;
  nonce: string | null;
  auth_time: number;
  /** The sign-in's authentication methods (RFC 8176), for the ID token. */
  amr: string[];
  /** The token family its redemption creates, so a second redemption can revoke it. */
  family_id: string;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

/** What a redemption reads: the code, and its grant and person as they are now (null when gone). */
export interface CodeWithGrant {
  code: CodeRecord;
  grant: GrantRecord | null;
  user: UserRecord | null;
}

export interface CodeRepository {
  get(codeHash: string): Promise<CodeRecord | null>;
  /** The code with its grant and its person, in one read; null for an unknown code. */
  getWithGrant(codeHash: string): Promise<CodeWithGrant | null>;
  insert(code: CodeRecord): Promise<void>;
  /**
   * Atomic, in one write: marks the code consumed and stores the token family its redemption
   * issues, only if the code was not consumed yet; false (and nothing stored) when it was.
   */
  redeem(codeHash: string, at: number, issued: IssuedTokens): Promise<boolean>;
  delete(codeHash: string): Promise<void>;
  /** Deletes the codes, used or not, whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
