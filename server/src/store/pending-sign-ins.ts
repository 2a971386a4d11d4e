import type { SingleUseRecord, SingleUseRepository } from "./single-use.ts";

/**
 * A sign-in between its password and its second factor (docs/api.md#second-factors): `verify`, the
 * person proves a factor they have; `setup`, a portal of theirs requires one and they set it up first.
 */
export type PendingSignInKind = "verify" | "setup";

export interface PendingSignInRecord extends SingleUseRecord {
  /** SHA-256 of the pending sign-in cookie's value, as for sessions; the value itself is never stored. */
  id_hash: string;
  user_id: string;
  kind: PendingSignInKind;
  /** The methods proved so far (RFC 8176, `pwd`): the session's `amr` starts from them. */
  amr: string[];
}

/** Keyed by `id_hash`: the second step consumes a pending sign-in once, across every instance. */
export interface PendingSignInRepository extends SingleUseRepository<PendingSignInRecord> {
  delete(idHash: string): Promise<void>;
}
