import type { Config } from "../config.ts";
import type { TokenFamilyRecord } from "../store/types.ts";

/**
 * When a chain of refresh tokens ends, however often it rotated: `REFRESH_TOKEN_ABSOLUTE_TTL` after
 * its code was redeemed (the family's creation).
 * @see RFC 9700 §4.14.2, docs/api.md#refresh-token-rotation
 */
export const chainEndsAt = (
  config: Pick<Config, "refreshTokenAbsoluteTtl">,
  family: TokenFamilyRecord,
): number => family.created_at + config.refreshTokenAbsoluteTtl;
