import { expiredLink } from "../errors.ts";
import type { OneTimeTokenKind, OneTimeTokenRecord, Store } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { randomId, randomToken, sha256 } from "./secrets.ts";

export interface OneTimeLinkDeps {
  store: Pick<Store, "oneTimeTokens">;
  clock: Clock;
}

/** How long each kind of link works. @see docs/security.md#one-time-links */
export const LINK_LIFETIMES: Record<OneTimeTokenKind, number> = {
  setup: 60 * 60,
  invitation: 7 * 24 * 60 * 60,
  password_reset: 30 * 60,
};

/** The page each kind of link opens; the token follows in the fragment, which no server or proxy logs. */
const LINK_PAGES: Record<OneTimeTokenKind, string> = {
  setup: "/setup",
  invitation: "/invite",
  password_reset: "/reset-password",
};

export type LinkFields = Pick<OneTimeTokenRecord, "user_id" | "portal_id" | "email" | "role" | "invited_by">;

const NO_FIELDS: LinkFields = { user_id: null, portal_id: null, email: null, role: null, invited_by: null };

/** A new single-use link: 256 random bits, of which the store keeps only the SHA-256. */
export async function issueLink(
  { store, clock }: OneTimeLinkDeps,
  issuer: string,
  kind: OneTimeTokenKind,
  fields: Partial<LinkFields> = {},
): Promise<{ url: string; token: string; record: OneTimeTokenRecord }> {
  const token = randomToken();
  const now = epochSeconds(clock);
  const record: OneTimeTokenRecord = {
    ...NO_FIELDS,
    ...fields,
    token_hash: sha256(token),
    id: randomId(),
    kind,
    created_at: now,
    expires_at: now + LINK_LIFETIMES[kind],
    consumed_at: null,
  };
  await store.oneTimeTokens.insert(record);
  return { url: `${issuer}${LINK_PAGES[kind]}#${token}`, token, record };
}

/** A link of `kind` that still works; `410 expired` for one used, expired, unknown or of another kind. */
export async function findLiveLink(
  { store, clock }: OneTimeLinkDeps,
  kind: OneTimeTokenKind,
  token: string,
): Promise<OneTimeTokenRecord> {
  const record = await store.oneTimeTokens.get(sha256(token));
  if (
    !record ||
    record.kind !== kind ||
    record.consumed_at !== null ||
    record.expires_at <= epochSeconds(clock)
  ) {
    throw expiredLink();
  }
  return record;
}

/** Uses the link up: of requests racing with one token, exactly one gets past this (`410` for the rest). */
export async function consumeLink(
  deps: OneTimeLinkDeps,
  kind: OneTimeTokenKind,
  token: string,
): Promise<OneTimeTokenRecord> {
  await findLiveLink(deps, kind, token);
  const consumed = await deps.store.oneTimeTokens.consume(sha256(token), epochSeconds(deps.clock));
  if (!consumed) throw expiredLink({ detail: "another request used the link first" });
  return consumed;
}

/** The ISO time a link stops working, as the API answers it. */
export const expiresAtIso = (record: Pick<OneTimeTokenRecord, "expires_at">): string =>
  new Date(record.expires_at * 1000).toISOString();
