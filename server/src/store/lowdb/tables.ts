import type { AuditEventRecord } from "../audit.ts";
import type { ClientRecord } from "../clients.ts";
import type { CodeRecord } from "../codes.ts";
import type { GrantRecord } from "../grants.ts";
import type { InteractionRecord } from "../interactions.ts";
import type { SigningKeyRecord } from "../keys.ts";
import type { OneTimeTokenRecord } from "../one-time-tokens.ts";
import type { PasskeyRecord } from "../passkeys.ts";
import type { PendingSignInRecord } from "../pending-sign-ins.ts";
import type { PortalPolicy, PortalRecord } from "../portals.ts";
import type { TotpRecord } from "../second-factors.ts";
import type { SessionRecord } from "../sessions.ts";
import type { AccessTokenRecord, RefreshTokenRecord, TokenFamilyRecord } from "../tokens.ts";
import type { UserRecord } from "../users.ts";
import type { WebauthnChallengeRecord } from "../webauthn-challenges.ts";
import type { Change } from "./journal.ts";
import { GroupIndex, Table, UniqueIndex } from "./table.ts";

/** grants.find: one grant per user, portal and client. */
export const grantTriple = (grant: Pick<GrantRecord, "user_id" | "portal_id" | "client_id">): string =>
  `${grant.user_id}\u0000${grant.portal_id}\u0000${grant.client_id}`;

/** The lookups the endpoints make by something other than a table's key. */
export interface Indexes {
  usersByEmail: UniqueIndex<UserRecord>;
  grantsByTriple: UniqueIndex<GrantRecord>;
  /** A grant's token families: revoking the grant revokes them without a walk of every family. */
  familiesByGrant: GroupIndex<TokenFamilyRecord>;
}

/** Every table of the engine, once; the property names are the tables' names on disk. */
function createTables(indexes: Indexes) {
  return {
    portals: new Table<PortalRecord>("portals"),
    // People stored before docs/api.md#people existed are enabled and have not signed in since; those
    // stored before OpenID's profile claims were kept have no known update time or locale.
    users: new Table<UserRecord>("users", [indexes.usersByEmail], {
      disabled: false,
      last_sign_in_at: null,
      updated_at: null,
      locale: null,
    }),
    // Apps stored before `allow_other_portals` existed are private to their portal (docs/api.md#portals-of-an-app);
    // before `id_token_signed_response_alg`, their ID tokens were ES256 and stay so (docs/api.md#id-tokens).
    clients: new Table<ClientRecord>("clients", [], {
      allow_other_portals: false,
      id_token_signed_response_alg: "ES256",
    }),
    // Sign-ins recorded before `amr` was kept were all by password (RFC 8176 `pwd`); a portal choice
    // recorded before milliseconds were kept counts as earlier than any request.
    sessions: new Table<SessionRecord>("sessions", [], {
      amr: ["pwd"],
      portal_chosen_at_ms: null,
      user_agent: null,
      address: null,
    }),
    interactions: new Table<InteractionRecord>("interactions", [], { choice: null }),
    codes: new Table<CodeRecord>("codes", [], { amr: ["pwd"] }),
    grants: new Table<GrantRecord>("grants", [indexes.grantsByTriple]),
    families: new Table<TokenFamilyRecord>("families", [indexes.familiesByGrant], { amr: ["pwd"] }),
    refresh_tokens: new Table<RefreshTokenRecord>("refresh_tokens"),
    access_tokens: new Table<AccessTokenRecord>("access_tokens"),
    keys: new Table<SigningKeyRecord>("keys"),
    /** A key's failure times, ascending. */
    throttle: new Table<number[]>("throttle"),
    audit: new Table<AuditEventRecord>("audit"),
    one_time_tokens: new Table<OneTimeTokenRecord>("one_time_tokens"),
    passkeys: new Table<PasskeyRecord>("passkeys"),
    webauthn_challenges: new Table<WebauthnChallengeRecord>("webauthn_challenges"),
    /** A portal's policy, by portal id; a portal without a row has the defaults (nothing required). */
    portal_policies: new Table<PortalPolicy>("portal_policies"),
    /** The person's authenticator app, by user id. */
    totp: new Table<TotpRecord>("totp"),
    pending_sign_ins: new Table<PendingSignInRecord>("pending_sign_ins"),
  };
}

export type Tables = ReturnType<typeof createTables>;

/** Any table, as the snapshot and the journal's replay see it: rows by name, values unknown. */
export interface StoredTable {
  readonly name: string;
  entries(): [string, unknown][];
  load(key: string, value: unknown): void;
}

/** The engine's memory: every table, its indexes, and the tables by name for the files. */
export interface Memory {
  tables: Tables;
  indexes: Indexes;
  /** In the order the snapshot lists them. */
  stored: StoredTable[];
}

export function createMemory(): Memory {
  const indexes: Indexes = {
    usersByEmail: new UniqueIndex((user) => user.email),
    grantsByTriple: new UniqueIndex(grantTriple),
    familiesByGrant: new GroupIndex((family) => family.grant_id),
  };
  const tables = createTables(indexes);
  return { tables, indexes, stored: Object.values(tables) };
}

/** What a repository of this engine works on: the memory, and the commit that makes a change durable. */
export interface Lowdb extends Memory {
  /** Resolves once `changes`, already applied in memory, are on disk. */
  commit(changes: Change[]): Promise<void>;
}
